// Namespaces most Core test files opened with: error codes, and the shared fixtures of tests/Tollgate.TestSupport.
global using Tollgate.Core.Errors;
global using Tollgate.Core.Tests.Support;
