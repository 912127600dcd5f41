// Namespaces most end-to-end test files opened with: this project's helpers and the shared fixtures of tests/Tollgate.TestSupport.
global using Tollgate.EndToEnd.Tests.Support;
global using Tollgate.Core.Tests.Support;
