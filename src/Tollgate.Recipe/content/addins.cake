// Tollgate.Recipe __TOLLGATE_VERSION__ (tested with Cake 7.0.0): the addin and the CLI at the recipe's own version.
#addin nuget:?package=Cake.Tollgate&version=__TOLLGATE_VERSION__
#tool dotnet:?package=Tollgate.Cli&version=__TOLLGATE_VERSION__
