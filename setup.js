// Installed before any test loads cdktf, whose module creates tokens as it loads (tfExpression.js): their captures
// were otherwise mapped through every frame of jest's require chain (~30 ms of CPU per test file, --cpu-prof).
require("./lib/token-stack-traces");

// Adds cdktf's matchers (toHaveResource, toHaveResourceWithProperties, ...) to jest's expect: what
// `Testing.setupJest()` runs, from its own module (15 modules, against cdktf's 378 and ~100 ms of CPU in each test file's
// registry; a third of the files, functions, stand-ins and CLIs, never load the rest). cdktf is pinned, and a test
// file that does load it shares this instance.
require("cdktf/lib/testing/adapters/jest").setupJest();
