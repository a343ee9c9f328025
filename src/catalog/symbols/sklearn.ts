/**
 * scikit-learn: linear models, SVMs, neighbours, trees and ensembles, naive Bayes, clustering, decomposition,
 * Gaussian processes, discriminant analysis, MLPs, preprocessing, model selection and metrics.
 * Signatures as in the scikit-learn 1.9 API reference (constructor parameters for estimators).
 */
import { defineSymbols } from './define';

export const SKLEARN = defineSymbols('sklearn', [
  // linear_model
  ['sklearn.linear_model.LinearRegression', 'linear-regression', '(*, fit_intercept=True, copy_X=True, tol=1e-06, n_jobs=None, positive=False)'],
  [
    'sklearn.linear_model.Ridge',
    'ridge-regression',
    "(alpha=1.0, *, fit_intercept=True, copy_X=True, max_iter=None, tol=0.0001, solver='auto', positive=False, random_state=None)",
  ],
  [
    'sklearn.linear_model.RidgeCV',
    'ridge-regression',
    '(alphas=(0.1, 1.0, 10.0), *, fit_intercept=True, scoring=None, cv=None, gcv_mode=None, store_cv_results=False, alpha_per_target=False)',
  ],
  [
    'sklearn.linear_model.RidgeClassifier',
    'ridge-regression',
    "(alpha=1.0, *, fit_intercept=True, copy_X=True, max_iter=None, tol=0.0001, class_weight=None, solver='auto', positive=False, random_state=None)",
  ],
  [
    'sklearn.linear_model.Lasso',
    'lasso-regression',
    "(alpha=1.0, *, fit_intercept=True, precompute=False, copy_X=True, max_iter=1000, tol=0.0001, warm_start=False, positive=False, random_state=None, selection='cyclic')",
  ],
  [
    'sklearn.linear_model.LassoCV',
    'lasso-regression',
    "(*, eps=0.001, alphas=100, fit_intercept=True, precompute='auto', max_iter=1000, tol=0.0001, copy_X=True, cv=None, verbose=False, n_jobs=None, positive=False, random_state=None, selection='cyclic')",
  ],
  [
    'sklearn.linear_model.ElasticNet',
    'elastic-net',
    "(alpha=1.0, *, l1_ratio=0.5, fit_intercept=True, precompute=False, max_iter=1000, copy_X=True, tol=0.0001, warm_start=False, positive=False, random_state=None, selection='cyclic')",
    { rules: [{ param: 'l1_ratio', when: { equals: 1 }, concept: 'lasso-regression' }, { param: 'l1_ratio', when: { equals: 0 }, concept: 'ridge-regression' }] },
  ],
  [
    'sklearn.linear_model.ElasticNetCV',
    'elastic-net',
    "(*, l1_ratio=0.5, eps=0.001, alphas=100, fit_intercept=True, precompute='auto', max_iter=1000, tol=0.0001, cv=None, copy_X=True, verbose=0, n_jobs=None, positive=False, random_state=None, selection='cyclic')",
  ],
  [
    'sklearn.linear_model.LogisticRegression',
    'logistic-regression',
    "(penalty='deprecated', *, C=1.0, l1_ratio=0.0, dual=False, tol=0.0001, fit_intercept=True, intercept_scaling=1, class_weight=None, random_state=None, solver='lbfgs', max_iter=100, verbose=0, warm_start=False, n_jobs=None)",
  ],
  [
    'sklearn.linear_model.LogisticRegressionCV',
    'logistic-regression',
    "(*, Cs=10, l1_ratios='warn', fit_intercept=True, cv=None, dual=False, penalty='deprecated', scoring='warn', solver='lbfgs', tol=0.0001, max_iter=100, class_weight=None, n_jobs=None, verbose=0, refit=True, intercept_scaling=1.0, random_state=None, use_legacy_attributes='warn')",
  ],
  [
    'sklearn.linear_model.SGDClassifier',
    'svm',
    "(loss='hinge', *, penalty='l2', alpha=0.0001, l1_ratio=0.15, fit_intercept=True, max_iter=1000, tol=0.001, shuffle=True, verbose=0, epsilon=0.1, n_jobs=None, random_state=None, learning_rate='optimal', eta0=0.01, power_t=0.5, early_stopping=False, validation_fraction=0.1, n_iter_no_change=5, class_weight=None, warm_start=False, average=False)",
    { rules: [{ param: 'loss', when: { equals: 'log_loss' }, concept: 'logistic-regression' }] },
  ],
  [
    'sklearn.linear_model.SGDRegressor',
    'linear-regression',
    "(loss='squared_error', *, penalty='l2', alpha=0.0001, l1_ratio=0.15, fit_intercept=True, max_iter=1000, tol=0.001, shuffle=True, verbose=0, epsilon=0.1, random_state=None, learning_rate='invscaling', eta0=0.01, power_t=0.25, early_stopping=False, validation_fraction=0.1, n_iter_no_change=5, warm_start=False, average=False)",
  ],
  ['sklearn.linear_model.HuberRegressor', 'linear-regression', '(*, epsilon=1.35, max_iter=100, alpha=0.0001, warm_start=False, fit_intercept=True, tol=1e-05)'],
  // svm
  [
    'sklearn.svm.SVC',
    'svm',
    "(*, C=1.0, kernel='rbf', degree=3, gamma='scale', coef0=0.0, shrinking=True, probability='deprecated', tol=0.001, cache_size=200, class_weight=None, verbose=False, max_iter=-1, decision_function_shape='ovr', break_ties=False, random_state=None)",
  ],
  [
    'sklearn.svm.SVR',
    'svm',
    "(*, kernel='rbf', degree=3, gamma='scale', coef0=0.0, tol=0.001, C=1.0, epsilon=0.1, shrinking=True, cache_size=200, verbose=False, max_iter=-1)",
  ],
  [
    'sklearn.svm.NuSVC',
    'svm',
    "(*, nu=0.5, kernel='rbf', degree=3, gamma='scale', coef0=0.0, shrinking=True, probability='deprecated', tol=0.001, cache_size=200, class_weight=None, verbose=False, max_iter=-1, decision_function_shape='ovr', break_ties=False, random_state=None)",
  ],
  [
    'sklearn.svm.NuSVR',
    'svm',
    "(*, nu=0.5, C=1.0, kernel='rbf', degree=3, gamma='scale', coef0=0.0, shrinking=True, tol=0.001, cache_size=200, verbose=False, max_iter=-1)",
  ],
  [
    'sklearn.svm.LinearSVC',
    'svm',
    "(penalty='l2', loss='squared_hinge', *, dual='auto', tol=0.0001, C=1.0, multi_class='ovr', fit_intercept=True, intercept_scaling=1, class_weight=None, verbose=0, random_state=None, max_iter=1000)",
  ],
  [
    'sklearn.svm.LinearSVR',
    'svm',
    "(*, epsilon=0.0, tol=0.0001, C=1.0, loss='epsilon_insensitive', fit_intercept=True, intercept_scaling=1.0, dual='auto', verbose=0, random_state=None, max_iter=1000)",
  ],
  [
    'sklearn.svm.OneClassSVM',
    'svm',
    "(*, kernel='rbf', degree=3, gamma='scale', coef0=0.0, tol=0.001, nu=0.5, shrinking=True, cache_size=200, verbose=False, max_iter=-1)",
  ],
  // neighbors
  [
    'sklearn.neighbors.KNeighborsClassifier',
    'knn',
    "(n_neighbors=5, *, weights='uniform', algorithm='auto', leaf_size=30, p=2, metric='minkowski', metric_params=None, n_jobs=None)",
  ],
  [
    'sklearn.neighbors.KNeighborsRegressor',
    'knn',
    "(n_neighbors=5, *, weights='uniform', algorithm='auto', leaf_size=30, p=2, metric='minkowski', metric_params=None, n_jobs=None)",
  ],
  [
    'sklearn.neighbors.NearestNeighbors',
    'knn',
    "(*, n_neighbors=5, radius=1.0, algorithm='auto', leaf_size=30, metric='minkowski', p=2, metric_params=None, n_jobs=None)",
  ],
  [
    'sklearn.neighbors.RadiusNeighborsClassifier',
    'knn',
    "(radius=1.0, *, weights='uniform', algorithm='auto', leaf_size=30, p=2, metric='minkowski', outlier_label=None, metric_params=None, n_jobs=None)",
  ],
  // tree
  [
    'sklearn.tree.DecisionTreeClassifier',
    'decision-tree',
    "(*, criterion='gini', splitter='best', max_depth=None, min_samples_split=2, min_samples_leaf=1, min_weight_fraction_leaf=0.0, max_features=None, random_state=None, max_leaf_nodes=None, min_impurity_decrease=0.0, class_weight=None, ccp_alpha=0.0, monotonic_cst=None)",
  ],
  [
    'sklearn.tree.DecisionTreeRegressor',
    'decision-tree',
    "(*, criterion='squared_error', splitter='best', max_depth=None, min_samples_split=2, min_samples_leaf=1, min_weight_fraction_leaf=0.0, max_features=None, random_state=None, max_leaf_nodes=None, min_impurity_decrease=0.0, ccp_alpha=0.0, monotonic_cst=None)",
  ],
  [
    'sklearn.tree.ExtraTreeClassifier',
    'extra-trees',
    "(*, criterion='gini', splitter='random', max_depth=None, min_samples_split=2, min_samples_leaf=1, min_weight_fraction_leaf=0.0, max_features='sqrt', random_state=None, max_leaf_nodes=None, min_impurity_decrease=0.0, class_weight=None, ccp_alpha=0.0, monotonic_cst=None)",
  ],
  [
    'sklearn.tree.ExtraTreeRegressor',
    'extra-trees',
    "(*, criterion='squared_error', splitter='random', max_depth=None, min_samples_split=2, min_samples_leaf=1, min_weight_fraction_leaf=0.0, max_features=1.0, random_state=None, min_impurity_decrease=0.0, max_leaf_nodes=None, ccp_alpha=0.0, monotonic_cst=None)",
  ],
  // ensemble
  [
    'sklearn.ensemble.RandomForestClassifier',
    'random-forest',
    "(n_estimators=100, *, criterion='gini', max_depth=None, min_samples_split=2, min_samples_leaf=1, min_weight_fraction_leaf=0.0, max_features='sqrt', max_leaf_nodes=None, min_impurity_decrease=0.0, bootstrap=True, oob_score=False, n_jobs=None, random_state=None, verbose=0, warm_start=False, class_weight=None, ccp_alpha=0.0, max_samples=None, monotonic_cst=None)",
  ],
  [
    'sklearn.ensemble.RandomForestRegressor',
    'random-forest',
    "(n_estimators=100, *, criterion='squared_error', max_depth=None, min_samples_split=2, min_samples_leaf=1, min_weight_fraction_leaf=0.0, max_features=1.0, max_leaf_nodes=None, min_impurity_decrease=0.0, bootstrap=True, oob_score=False, n_jobs=None, random_state=None, verbose=0, warm_start=False, ccp_alpha=0.0, max_samples=None, monotonic_cst=None)",
  ],
  [
    'sklearn.ensemble.ExtraTreesClassifier',
    'extra-trees',
    "(n_estimators=100, *, criterion='gini', max_depth=None, min_samples_split=2, min_samples_leaf=1, min_weight_fraction_leaf=0.0, max_features='sqrt', max_leaf_nodes=None, min_impurity_decrease=0.0, bootstrap=False, oob_score=False, n_jobs=None, random_state=None, verbose=0, warm_start=False, class_weight=None, ccp_alpha=0.0, max_samples=None, monotonic_cst=None)",
  ],
  [
    'sklearn.ensemble.ExtraTreesRegressor',
    'extra-trees',
    "(n_estimators=100, *, criterion='squared_error', max_depth=None, min_samples_split=2, min_samples_leaf=1, min_weight_fraction_leaf=0.0, max_features=1.0, max_leaf_nodes=None, min_impurity_decrease=0.0, bootstrap=False, oob_score=False, n_jobs=None, random_state=None, verbose=0, warm_start=False, ccp_alpha=0.0, max_samples=None, monotonic_cst=None)",
  ],
  [
    'sklearn.ensemble.GradientBoostingClassifier',
    'gradient-boosting',
    "(*, loss='log_loss', learning_rate=0.1, n_estimators=100, subsample=1.0, criterion='deprecated', min_samples_split=2, min_samples_leaf=1, min_weight_fraction_leaf=0.0, max_depth=3, min_impurity_decrease=0.0, init=None, random_state=None, max_features=None, verbose=0, max_leaf_nodes=None, warm_start=False, validation_fraction=0.1, n_iter_no_change=None, tol=0.0001, ccp_alpha=0.0)",
  ],
  [
    'sklearn.ensemble.GradientBoostingRegressor',
    'gradient-boosting',
    "(*, loss='squared_error', learning_rate=0.1, n_estimators=100, subsample=1.0, criterion='deprecated', min_samples_split=2, min_samples_leaf=1, min_weight_fraction_leaf=0.0, max_depth=3, min_impurity_decrease=0.0, init=None, random_state=None, max_features=None, alpha=0.9, verbose=0, max_leaf_nodes=None, warm_start=False, validation_fraction=0.1, n_iter_no_change=None, tol=0.0001, ccp_alpha=0.0)",
  ],
  [
    'sklearn.ensemble.HistGradientBoostingClassifier',
    'gradient-boosting',
    "(loss='log_loss', *, learning_rate=0.1, max_iter=100, max_leaf_nodes=31, max_depth=None, min_samples_leaf=20, l2_regularization=0.0, max_features=1.0, max_bins=255, categorical_features='from_dtype', monotonic_cst=None, interaction_cst=None, warm_start=False, early_stopping='auto', scoring='loss', validation_fraction=0.1, n_iter_no_change=10, tol=1e-07, verbose=0, random_state=None, class_weight=None)",
  ],
  [
    'sklearn.ensemble.HistGradientBoostingRegressor',
    'gradient-boosting',
    "(loss='squared_error', *, quantile=None, learning_rate=0.1, max_iter=100, max_leaf_nodes=31, max_depth=None, min_samples_leaf=20, l2_regularization=0.0, max_features=1.0, max_bins=255, categorical_features='from_dtype', monotonic_cst=None, interaction_cst=None, warm_start=False, early_stopping='auto', scoring='loss', validation_fraction=0.1, n_iter_no_change=10, tol=1e-07, verbose=0, random_state=None)",
  ],
  ['sklearn.ensemble.AdaBoostClassifier', 'adaboost', '(estimator=None, *, n_estimators=50, learning_rate=1.0, random_state=None)'],
  ['sklearn.ensemble.AdaBoostRegressor', 'adaboost', "(estimator=None, *, n_estimators=50, learning_rate=1.0, loss='linear', random_state=None)"],
  // naive_bayes
  ['sklearn.naive_bayes.GaussianNB', 'naive-bayes', '(*, priors=None, var_smoothing=1e-09)'],
  ['sklearn.naive_bayes.MultinomialNB', 'naive-bayes', '(*, alpha=1.0, force_alpha=True, fit_prior=True, class_prior=None)'],
  ['sklearn.naive_bayes.BernoulliNB', 'naive-bayes', '(*, alpha=1.0, force_alpha=True, binarize=0.0, fit_prior=True, class_prior=None)'],
  ['sklearn.naive_bayes.ComplementNB', 'naive-bayes', '(*, alpha=1.0, force_alpha=True, fit_prior=True, class_prior=None, norm=False)'],
  ['sklearn.naive_bayes.CategoricalNB', 'naive-bayes', '(*, alpha=1.0, force_alpha=True, fit_prior=True, class_prior=None, min_categories=None)'],
  // cluster
  [
    'sklearn.cluster.KMeans',
    'kmeans',
    "(n_clusters=8, *, init='k-means++', n_init='auto', max_iter=300, tol=0.0001, verbose=0, random_state=None, copy_x=True, algorithm='lloyd')",
  ],
  [
    'sklearn.cluster.MiniBatchKMeans',
    'kmeans',
    "(n_clusters=8, *, init='k-means++', max_iter=100, batch_size=1024, verbose=0, compute_labels=True, random_state=None, tol=0.0, max_no_improvement=10, init_size=None, n_init='auto', reassignment_ratio=0.01)",
  ],
  [
    'sklearn.cluster.BisectingKMeans',
    'kmeans',
    "(n_clusters=8, *, init='random', n_init=1, random_state=None, max_iter=300, verbose=0, tol=0.0001, copy_x=True, algorithm='lloyd', bisecting_strategy='biggest_inertia')",
  ],
  [
    'sklearn.cluster.k_means',
    'kmeans',
    "(X, n_clusters, *, sample_weight=None, init='k-means++', n_init='auto', max_iter=300, verbose=False, tol=0.0001, random_state=None, copy_x=True, algorithm='lloyd', return_n_iter=False)",
  ],
  [
    'sklearn.cluster.DBSCAN',
    'dbscan',
    "(eps=0.5, *, min_samples=5, metric='euclidean', metric_params=None, algorithm='auto', leaf_size=30, p=None, n_jobs=None)",
  ],
  [
    'sklearn.cluster.HDBSCAN',
    'dbscan',
    "(min_cluster_size=5, min_samples=None, cluster_selection_epsilon=0.0, max_cluster_size=None, metric='euclidean', metric_params=None, alpha=1.0, algorithm='auto', leaf_size=40, n_jobs=None, cluster_selection_method='eom', allow_single_cluster=False, store_centers=None, copy='warn')",
  ],
  [
    'sklearn.cluster.dbscan',
    'dbscan',
    "(X, eps=0.5, *, min_samples=5, metric='minkowski', metric_params=None, algorithm='auto', leaf_size=30, p=2, sample_weight=None, n_jobs=None)",
  ],
  // decomposition
  [
    'sklearn.decomposition.PCA',
    'pca',
    "(n_components=None, *, copy=True, whiten=False, svd_solver='auto', tol=0.0, iterated_power='auto', n_oversamples=10, power_iteration_normalizer='auto', random_state=None)",
  ],
  ['sklearn.decomposition.IncrementalPCA', 'pca', '(n_components=None, *, whiten=False, copy=True, batch_size=None)'],
  [
    'sklearn.decomposition.KernelPCA',
    'pca',
    "(n_components=None, *, kernel='linear', gamma=None, degree=3, coef0=1, kernel_params=None, alpha=1.0, fit_inverse_transform=False, eigen_solver='auto', tol=0, max_iter=None, iterated_power='auto', remove_zero_eig=False, random_state=None, copy_X=True, n_jobs=None)",
  ],
  [
    'sklearn.decomposition.SparsePCA',
    'pca',
    "(n_components=None, *, alpha=1, ridge_alpha=0.01, max_iter=1000, tol=1e-08, method='lars', n_jobs=None, U_init=None, V_init=None, verbose=False, random_state=None)",
  ],
  [
    'sklearn.decomposition.TruncatedSVD',
    'pca',
    "(n_components=2, *, algorithm='randomized', n_iter=5, n_oversamples=10, power_iteration_normalizer='auto', random_state=None, tol=0.0)",
  ],
  // gaussian_process
  [
    'sklearn.gaussian_process.GaussianProcessClassifier',
    'gaussian-process',
    "(kernel=None, *, optimizer='fmin_l_bfgs_b', n_restarts_optimizer=0, max_iter_predict=100, warm_start=False, copy_X_train=True, random_state=None, multi_class='one_vs_rest', n_jobs=None)",
  ],
  [
    'sklearn.gaussian_process.GaussianProcessRegressor',
    'gaussian-process',
    "(kernel=None, *, alpha=1e-10, optimizer='fmin_l_bfgs_b', n_restarts_optimizer=0, normalize_y=False, copy_X_train=True, n_targets=None, random_state=None)",
  ],
  // discriminant_analysis
  [
    'sklearn.discriminant_analysis.LinearDiscriminantAnalysis',
    'discriminant-analysis',
    "(solver='svd', shrinkage=None, priors=None, n_components=None, store_covariance=False, tol=0.0001, covariance_estimator=None)",
  ],
  [
    'sklearn.discriminant_analysis.QuadraticDiscriminantAnalysis',
    'discriminant-analysis',
    "(*, solver='svd', shrinkage=None, priors=None, reg_param=0.0, store_covariance=False, tol=0.0001, covariance_estimator=None)",
  ],
  // neural_network
  [
    'sklearn.neural_network.MLPClassifier',
    'mlp',
    "(hidden_layer_sizes=(100,), activation='relu', *, solver='adam', alpha=0.0001, batch_size='auto', learning_rate='constant', learning_rate_init=0.001, power_t=0.5, max_iter=200, shuffle=True, random_state=None, tol=0.0001, verbose=False, warm_start=False, momentum=0.9, nesterovs_momentum=True, early_stopping=False, validation_fraction=0.1, beta_1=0.9, beta_2=0.999, epsilon=1e-08, n_iter_no_change=10, max_fun=15000)",
  ],
  [
    'sklearn.neural_network.MLPRegressor',
    'mlp',
    "(loss='squared_error', hidden_layer_sizes=(100,), activation='relu', *, solver='adam', alpha=0.0001, batch_size='auto', learning_rate='constant', learning_rate_init=0.001, power_t=0.5, max_iter=200, shuffle=True, random_state=None, tol=0.0001, verbose=False, warm_start=False, momentum=0.9, nesterovs_momentum=True, early_stopping=False, validation_fraction=0.1, beta_1=0.9, beta_2=0.999, epsilon=1e-08, n_iter_no_change=10, max_fun=15000)",
  ],
  // preprocessing
  ['sklearn.preprocessing.StandardScaler', 'feature-scaling', '(*, copy=True, with_mean=True, with_std=True)'],
  ['sklearn.preprocessing.MinMaxScaler', 'feature-scaling', '(feature_range=(0, 1), *, copy=True, clip=False)'],
  [
    'sklearn.preprocessing.RobustScaler',
    'feature-scaling',
    '(*, with_centering=True, with_scaling=True, quantile_range=(25.0, 75.0), copy=True, unit_variance=False)',
  ],
  ['sklearn.preprocessing.MaxAbsScaler', 'feature-scaling', '(*, copy=True, clip=False)'],
  ['sklearn.preprocessing.Normalizer', 'feature-scaling', "(norm='l2', *, copy=True)"],
  ['sklearn.preprocessing.scale', 'feature-scaling', '(X, *, axis=0, with_mean=True, with_std=True, copy=True)'],
  ['sklearn.preprocessing.minmax_scale', 'feature-scaling', '(X, feature_range=(0, 1), *, axis=0, copy=True)'],
  [
    'sklearn.preprocessing.robust_scale',
    'feature-scaling',
    '(X, *, axis=0, with_centering=True, with_scaling=True, quantile_range=(25.0, 75.0), copy=True, unit_variance=False)',
  ],
  ['sklearn.preprocessing.normalize', 'feature-scaling', "(X, norm='l2', *, axis=1, copy=True, return_norm=False)"],
  // model_selection
  ['sklearn.model_selection.train_test_split', 'train-test-split', '(*arrays, test_size=None, train_size=None, random_state=None, shuffle=True, stratify=None)'],
  [
    'sklearn.model_selection.cross_val_score',
    'cross-validation',
    "(estimator, X, y=None, *, groups=None, scoring=None, cv=None, n_jobs=None, verbose=0, params=None, pre_dispatch='2*n_jobs', error_score=np.nan)",
  ],
  [
    'sklearn.model_selection.cross_validate',
    'cross-validation',
    "(estimator, X, y=None, *, groups=None, scoring=None, cv=None, n_jobs=None, verbose=0, params=None, pre_dispatch='2*n_jobs', return_train_score=False, return_estimator=False, return_indices=False, error_score=np.nan)",
  ],
  [
    'sklearn.model_selection.cross_val_predict',
    'cross-validation',
    "(estimator, X, y=None, *, groups=None, cv=None, n_jobs=None, verbose=0, params=None, pre_dispatch='2*n_jobs', method='predict')",
  ],
  ['sklearn.model_selection.KFold', 'cross-validation', '(n_splits=5, *, shuffle=False, random_state=None)'],
  ['sklearn.model_selection.StratifiedKFold', 'cross-validation', '(n_splits=5, *, shuffle=False, random_state=None)'],
  ['sklearn.model_selection.GroupKFold', 'cross-validation', '(n_splits=5, *, shuffle=False, random_state=None)'],
  ['sklearn.model_selection.StratifiedGroupKFold', 'cross-validation', '(n_splits=5, shuffle=False, random_state=None)'],
  ['sklearn.model_selection.TimeSeriesSplit', 'cross-validation', '(n_splits=5, *, max_train_size=None, test_size=None, gap=0)'],
  ['sklearn.model_selection.RepeatedKFold', 'cross-validation', '(*, n_splits=5, n_repeats=10, random_state=None)'],
  ['sklearn.model_selection.RepeatedStratifiedKFold', 'cross-validation', '(*, n_splits=5, n_repeats=10, random_state=None)'],
  ['sklearn.model_selection.ShuffleSplit', 'cross-validation', '(n_splits=10, *, test_size=None, train_size=None, random_state=None)'],
  ['sklearn.model_selection.StratifiedShuffleSplit', 'cross-validation', '(n_splits=10, *, test_size=None, train_size=None, random_state=None)'],
  ['sklearn.model_selection.LeaveOneOut', 'cross-validation', '()'],
  [
    'sklearn.model_selection.GridSearchCV',
    'cross-validation',
    "(estimator, param_grid, *, scoring=None, n_jobs=None, refit=True, cv=None, verbose=0, pre_dispatch='2*n_jobs', error_score=np.nan, return_train_score=False)",
  ],
  [
    'sklearn.model_selection.RandomizedSearchCV',
    'cross-validation',
    "(estimator, param_distributions, *, n_iter=10, scoring=None, n_jobs=None, refit=True, cv=None, verbose=0, pre_dispatch='2*n_jobs', random_state=None, error_score=np.nan, return_train_score=False)",
  ],
  // metrics
  ['sklearn.metrics.accuracy_score', 'accuracy', '(y_true, y_pred, *, normalize=True, sample_weight=None)'],
  ['sklearn.metrics.balanced_accuracy_score', 'accuracy', '(y_true, y_pred, *, sample_weight=None, adjusted=False)'],
  [
    'sklearn.metrics.precision_score',
    'precision-recall-f1',
    "(y_true, y_pred, *, labels=None, pos_label=1, average='binary', sample_weight=None, zero_division='warn')",
  ],
  [
    'sklearn.metrics.recall_score',
    'precision-recall-f1',
    "(y_true, y_pred, *, labels=None, pos_label=1, average='binary', sample_weight=None, zero_division='warn')",
  ],
  [
    'sklearn.metrics.f1_score',
    'precision-recall-f1',
    "(y_true, y_pred, *, labels=None, pos_label=1, average='binary', sample_weight=None, zero_division='warn')",
  ],
  [
    'sklearn.metrics.fbeta_score',
    'precision-recall-f1',
    "(y_true, y_pred, *, beta, labels=None, pos_label=1, average='binary', sample_weight=None, zero_division='warn')",
  ],
  [
    'sklearn.metrics.precision_recall_fscore_support',
    'precision-recall-f1',
    "(y_true, y_pred, *, beta=1.0, labels=None, pos_label=1, average=None, warn_for=('precision', 'recall', 'f-score'), sample_weight=None, zero_division='warn')",
  ],
  [
    'sklearn.metrics.classification_report',
    'precision-recall-f1',
    "(y_true, y_pred, *, labels=None, target_names=None, sample_weight=None, digits=2, output_dict=False, zero_division='warn')",
  ],
  ['sklearn.metrics.mean_squared_error', 'mse-loss', "(y_true, y_pred, *, sample_weight=None, multioutput='uniform_average')"],
  ['sklearn.metrics.root_mean_squared_error', 'mse-loss', "(y_true, y_pred, *, sample_weight=None, multioutput='uniform_average')"],
  ['sklearn.metrics.mean_absolute_error', 'l1-loss', "(y_true, y_pred, *, sample_weight=None, multioutput='uniform_average')"],
  ['sklearn.metrics.log_loss', 'cross-entropy-loss', "(y_true, y_proba=None, *, normalize=True, sample_weight=None, labels=None, y_pred='deprecated')"],
  ['sklearn.metrics.ndcg_score', 'ndcg', '(y_true, y_score, *, k=None, sample_weight=None, ignore_ties=False)'],
  ['sklearn.metrics.dcg_score', 'ndcg', '(y_true, y_score, *, k=None, log_base=2, sample_weight=None, ignore_ties=False)'],
]);
