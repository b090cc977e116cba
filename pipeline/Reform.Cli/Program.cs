using System.Text;
using ReformAnalytics.Cli.Commands;
using ReformAnalytics.Cli.Infrastructure;
using Spectre.Console;

Console.OutputEncoding = Encoding.UTF8;
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var console = AnsiConsole.Console;
if (Console.IsOutputRedirected)
{
    // Logs and CI: Spectre would wrap at 80 columns; Chinese tables read better wider.
    console.Profile.Width = 140;
}

var context = new CommandContext(console, TimeProvider.System);
return await new CommandLine(CommandCatalog.All()).RunAsync(args, context, cancel.Token);
