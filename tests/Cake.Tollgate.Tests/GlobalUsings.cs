// Namespaces most addin test files opened with: Cake's context, the addin's runner and the hand-written fakes.
global using Cake.Core;
global using Cake.Tollgate.Runner;
global using Cake.Tollgate.Tests.Fakes;
