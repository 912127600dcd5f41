// The tasks under test, which every MSBuild test file opened with.
global using Tollgate.MSBuild.Tasks;
