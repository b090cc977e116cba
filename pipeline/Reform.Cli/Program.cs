using System.Text;
using ReformAnalytics.Cli.Commands;
using ReformAnalytics.Cli.Infrastructure;
using Spectre.Console;

Console.OutputEncoding = Encoding.UTF8;
using var cancel = new CancellationTokenSource();
var console = AnsiConsole.Console;
if (Console.IsOutputRedirected)
{
    // A file, a pipe, a log: nothing is fitted to a width there (Spectre would wrap at 80 columns, and cut Chinese
    // wherever the width ran out): each message on one line, each table at its columns' full width.
    console.Profile.Width = ConsoleText.Unbounded;
}

var context = new CommandContext(console, TimeProvider.System);
Console.CancelKeyPress += (_, e) =>
{
    // Ctrl+C stops the work that asked for it (a query at `reform sql`'s prompt), else the whole command, cleanly.
    var outcome = context.Interrupts.Interrupt();
    e.Cancel = outcome != InterruptOutcome.EndProgram;
    if (outcome == InterruptOutcome.CancelCommand)
    {
        cancel.Cancel();
    }
};

return await new CommandLine(CommandCatalog.All()).RunAsync(args, context, cancel.Token);
