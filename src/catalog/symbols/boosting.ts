/**
 * Gradient-boosting libraries: XGBoost (3.3), LightGBM (4.6) and CatBoost (1.2). Signatures as in each library's
 * Python API reference: the scikit-learn wrappers, the native training entry points and their cross-validation helpers.
 */
import { defineSymbols } from './define';

export const XGBOOST = defineSymbols('xgboost', [
  // scikit-learn wrappers: the documented constructors take `objective` (or the RF defaults) and pass the rest through **kwargs
  ['xgboost.XGBClassifier', 'gradient-boosting', "(*, objective='binary:logistic', **kwargs)"],
  ['xgboost.XGBRegressor', 'gradient-boosting', "(*, objective='reg:squarederror', **kwargs)"],
  ['xgboost.XGBRanker', 'gradient-boosting', "(*, objective='rank:ndcg', **kwargs)"],
  ['xgboost.XGBRFClassifier', 'random-forest', '(*, learning_rate=1.0, subsample=0.8, colsample_bynode=0.8, reg_lambda=1e-05, **kwargs)'],
  ['xgboost.XGBRFRegressor', 'random-forest', '(*, learning_rate=1.0, subsample=0.8, colsample_bynode=0.8, reg_lambda=1e-05, **kwargs)'],
  // learning API
  [
    'xgboost.train',
    'gradient-boosting',
    '(params, dtrain, num_boost_round=10, *, evals=None, obj=None, maximize=None, early_stopping_rounds=None, evals_result=None, verbose_eval=True, xgb_model=None, callbacks=None, custom_metric=None)',
  ],
  ['xgboost.Booster', 'gradient-boosting', '(params=None, cache=None, model_file=None)'],
  [
    'xgboost.cv',
    'cross-validation',
    '(params, dtrain, num_boost_round=10, *, nfold=3, stratified=False, folds=None, metrics=(), obj=None, maximize=None, early_stopping_rounds=None, fpreproc=None, as_pandas=True, verbose_eval=None, show_stdv=True, seed=0, callbacks=None, shuffle=True, custom_metric=None)',
  ],
  // callbacks
  ['xgboost.callback.EarlyStopping', 'early-stopping', '(*, rounds, metric_name=None, data_name=None, maximize=None, save_best=False, min_delta=0.0)'],
]);

export const LIGHTGBM = defineSymbols('lightgbm', [
  // scikit-learn wrappers
  [
    'lightgbm.LGBMModel',
    'gradient-boosting',
    "(*, boosting_type='gbdt', num_leaves=31, max_depth=-1, learning_rate=0.1, n_estimators=100, subsample_for_bin=200000, objective=None, class_weight=None, min_split_gain=0.0, min_child_weight=0.001, min_child_samples=20, subsample=1.0, subsample_freq=0, colsample_bytree=1.0, reg_alpha=0.0, reg_lambda=0.0, random_state=None, n_jobs=None, importance_type='split', **kwargs)",
    { rules: [{ param: 'boosting_type', when: { equals: 'rf' }, concept: 'random-forest' }] },
  ],
  [
    'lightgbm.LGBMClassifier',
    'gradient-boosting',
    "(*, boosting_type='gbdt', num_leaves=31, max_depth=-1, learning_rate=0.1, n_estimators=100, subsample_for_bin=200000, objective=None, class_weight=None, min_split_gain=0.0, min_child_weight=0.001, min_child_samples=20, subsample=1.0, subsample_freq=0, colsample_bytree=1.0, reg_alpha=0.0, reg_lambda=0.0, random_state=None, n_jobs=None, importance_type='split', **kwargs)",
    { rules: [{ param: 'boosting_type', when: { equals: 'rf' }, concept: 'random-forest' }] },
  ],
  [
    'lightgbm.LGBMRegressor',
    'gradient-boosting',
    "(*, boosting_type='gbdt', num_leaves=31, max_depth=-1, learning_rate=0.1, n_estimators=100, subsample_for_bin=200000, objective=None, class_weight=None, min_split_gain=0.0, min_child_weight=0.001, min_child_samples=20, subsample=1.0, subsample_freq=0, colsample_bytree=1.0, reg_alpha=0.0, reg_lambda=0.0, random_state=None, n_jobs=None, importance_type='split', **kwargs)",
    { rules: [{ param: 'boosting_type', when: { equals: 'rf' }, concept: 'random-forest' }] },
  ],
  [
    'lightgbm.LGBMRanker',
    'gradient-boosting',
    "(*, boosting_type='gbdt', num_leaves=31, max_depth=-1, learning_rate=0.1, n_estimators=100, subsample_for_bin=200000, objective=None, class_weight=None, min_split_gain=0.0, min_child_weight=0.001, min_child_samples=20, subsample=1.0, subsample_freq=0, colsample_bytree=1.0, reg_alpha=0.0, reg_lambda=0.0, random_state=None, n_jobs=None, importance_type='split', **kwargs)",
    { rules: [{ param: 'boosting_type', when: { equals: 'rf' }, concept: 'random-forest' }] },
  ],
  // training API and callbacks
  [
    'lightgbm.train',
    'gradient-boosting',
    '(params, train_set, num_boost_round=100, valid_sets=None, valid_names=None, feval=None, init_model=None, keep_training_booster=False, callbacks=None)',
  ],
  ['lightgbm.Booster', 'gradient-boosting', '(params=None, train_set=None, model_file=None, model_str=None)'],
  [
    'lightgbm.cv',
    'cross-validation',
    '(params, train_set, num_boost_round=100, folds=None, nfold=5, stratified=True, shuffle=True, metrics=None, feval=None, init_model=None, fpreproc=None, seed=0, callbacks=None, eval_train_metric=False, return_cvbooster=False)',
  ],
  [
    'lightgbm.early_stopping',
    'early-stopping',
    '(stopping_rounds, first_metric_only=False, verbose=True, min_delta=0.0)',
    { aliases: ['lightgbm.callback.early_stopping'] },
  ],
]);

export const CATBOOST = defineSymbols('catboost', [
  // scikit-learn-style models: each constructor takes ~100 keyword-usable parameters, nearly all defaulting to None (no **kwargs);
  // listed here are the ones people set, in the documented order
  [
    'catboost.CatBoostClassifier',
    'gradient-boosting',
    '(iterations=None, learning_rate=None, depth=None, l2_leaf_reg=None, model_size_reg=None, rsm=None, loss_function=None, border_count=None, thread_count=None, random_seed=None, use_best_model=None, verbose=None, logging_level=None, class_weights=None, auto_class_weights=None, one_hot_max_size=None, random_strength=None, custom_metric=None, eval_metric=None, bagging_temperature=None, allow_writing_files=None, boosting_type=None, task_type=None, devices=None, bootstrap_type=None, subsample=None, max_depth=None, n_estimators=None, colsample_bylevel=None, random_state=None, reg_lambda=None, max_bin=None, scale_pos_weight=None, early_stopping_rounds=None, cat_features=None, grow_policy=None, min_data_in_leaf=None, max_leaves=None, text_features=None, embedding_features=None)',
  ],
  [
    'catboost.CatBoostRegressor',
    'gradient-boosting',
    "(iterations=None, learning_rate=None, depth=None, l2_leaf_reg=None, model_size_reg=None, rsm=None, loss_function='RMSE', border_count=None, thread_count=None, random_seed=None, use_best_model=None, verbose=None, logging_level=None, one_hot_max_size=None, random_strength=None, custom_metric=None, eval_metric=None, bagging_temperature=None, allow_writing_files=None, boosting_type=None, task_type=None, devices=None, bootstrap_type=None, subsample=None, max_depth=None, n_estimators=None, colsample_bylevel=None, random_state=None, reg_lambda=None, max_bin=None, early_stopping_rounds=None, cat_features=None, grow_policy=None, min_data_in_leaf=None, max_leaves=None, text_features=None, embedding_features=None)",
  ],
  [
    'catboost.CatBoostRanker',
    'gradient-boosting',
    "(iterations=None, learning_rate=None, depth=None, l2_leaf_reg=None, model_size_reg=None, rsm=None, loss_function='YetiRank', border_count=None, thread_count=None, random_seed=None, use_best_model=None, verbose=None, logging_level=None, one_hot_max_size=None, random_strength=None, custom_metric=None, eval_metric=None, bagging_temperature=None, allow_writing_files=None, boosting_type=None, task_type=None, devices=None, bootstrap_type=None, subsample=None, max_depth=None, n_estimators=None, colsample_bylevel=None, random_state=None, reg_lambda=None, max_bin=None, early_stopping_rounds=None, cat_features=None, grow_policy=None, min_data_in_leaf=None, max_leaves=None, text_features=None, embedding_features=None)",
  ],
  ['catboost.CatBoost', 'gradient-boosting', '(params=None)'],
  // cross-validation
  [
    'catboost.cv',
    'cross-validation',
    "(pool=None, params=None, dtrain=None, iterations=None, num_boost_round=None, fold_count=None, nfold=None, inverted=False, partition_random_seed=0, seed=None, shuffle=True, logging_level=None, stratified=None, as_pandas=True, metric_period=None, verbose=None, verbose_eval=None, plot=False, plot_file=None, early_stopping_rounds=None, save_snapshot=None, snapshot_file=None, snapshot_interval=None, metric_update_interval=0.5, folds=None, type='Classical', return_models=False, log_cout=None, log_cerr=None)",
  ],
]);
