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

var commands = new ICommand[]
{
    new DemoCommand(),
    new IngestCommand(),
    new ValidateCommand(),
    new SampleCommand(),
    new SqlCommand(),
    new BenchCommand(),
    new RebuildCommand(),
};
var context = new CommandContext(AnsiConsole.Console, TimeProvider.System);
return await new CommandLine(commands).RunAsync(args, context, cancel.Token);
