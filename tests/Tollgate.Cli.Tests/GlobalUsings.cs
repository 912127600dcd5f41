// Namespaces most CLI test files opened with: JSON output, error codes, this project's helpers and the shared fixtures of tests/Tollgate.TestSupport.
global using System.Text.Json;
global using Tollgate.Core.Errors;
global using Tollgate.Cli.Tests.Support;
global using Tollgate.Core.Tests.Support;
