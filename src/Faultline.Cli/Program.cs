using System.CommandLine;
using Faultline.Cli;

return await Cli.Build().Parse(args).InvokeAsync();
