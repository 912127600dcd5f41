// Every alias file opened with the same Cake and addin namespaces; they are imported once here, as Cake scripts
// import the addin's namespaces through [CakeNamespaceImport].
global using Cake.Core;
global using Cake.Core.Annotations;
global using Cake.Core.Diagnostics;
global using Cake.Tollgate.Configuration;
global using Cake.Tollgate.Environments;
global using Cake.Tollgate.Packaging;
global using Cake.Tollgate.Pipeline;
global using Cake.Tollgate.Runner;
global using Cake.Tollgate.Statistics;
