using System.CommandLine;
using Faultline.Cli;

return await Cli.Build().Parse(args).InvokeAsync();

/// <summary>The entry point; public so that WebApplicationFactory&lt;Program&gt; can find this assembly and its content root.</summary>
public partial class Program;
