using Tollgate.Cli;

StartupTrace.Mark("main");
var exitCode = await CliApp.RunAsync(args);
StartupTrace.Mark("exit");
return exitCode;
