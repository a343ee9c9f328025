// Every integration test file, imported explicitly (bundled into out/test/integration/index.js).
// Add one line per new `*.test.ts` file.
import './smoke.test';
import './walkthrough.test';
import './analysis.test';
import './hover.test';
import './leak.test';
import './explorer.test';
import './notebook.test';
import './shapes.test';
import './shapesPanel.test';
