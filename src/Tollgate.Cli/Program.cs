using Tollgate.Cli;

return await CliApp.RunAsync(args);
