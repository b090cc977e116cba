using DuckDB.NET.Data;
using ReformAnalytics.Model;
using Spectre.Console;

namespace ReformAnalytics.Cli.Infrastructure;

/// <summary>Dispatches `reform NAME ARGS…` to its command and turns failures into Chinese messages and exit codes.</summary>
internal sealed class CommandLine(IReadOnlyList<ICommand> commands)
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int BadUsage = 2;

    public async Task<int> RunAsync(string[] args, CommandContext context, CancellationToken ct)
    {
        if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
        {
            PrintHelp(context.Console, args.Length > 1 ? args[1] : null);
            return args.Length == 0 ? BadUsage : Ok;
        }

        var command = commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            ConsoleText.Line(context.Console, $"[red]没有“{Markup.Escape(args[0])}”这个命令。[/]");
            PrintHelp(context.Console, null);
            return BadUsage;
        }

        if (args[1..].Any(a => a is "--help" or "-h"))
        {
            // `reform sql --help` is `reform help sql`, whatever else is on the line.
            PrintHelp(context.Console, command.Name);
            return Ok;
        }

        try
        {
            return await command.RunAsync(args[1..], context, ct).ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            ConsoleText.Line(context.Console, $"[red]{Markup.Escape(e.Message)}[/]");
            ConsoleText.Line(context.Console, Markup.Escape(command.Usage));
            return BadUsage;
        }
        catch (ArgumentException e)
        {
            // Options classes validate with Chinese messages (SampleOptions, IngestOptions, …).
            ConsoleText.Line(context.Console, $"[red]{Markup.Escape(e.Message)}[/]");
            return BadUsage;
        }
        catch (LedgerInputException e)
        {
            ConsoleText.Line(context.Console, $"[red]{Markup.Escape(e.Describe())}[/]");
            return Failed;
        }
        catch (FileNotFoundException e)
        {
            ConsoleText.Line(context.Console, $"[red]{Markup.Escape(e.Message)}[/]");
            return Failed;
        }
        catch (DuckDBException e)
        {
            ConsoleText.Line(context.Console, $"[red]数据库报错：{Markup.Escape(e.Message)}[/]");
            return Failed;
        }
        catch (OperationCanceledException)
        {
            ConsoleText.Line(context.Console, "[yellow]已取消。[/]");
            return Failed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or InvalidDataException)
        {
            ConsoleText.Line(context.Console, $"[red]{Markup.Escape(e.Message)}[/]");
            if (Environment.GetEnvironmentVariable("REFORM_DEBUG") == "1")
            {
                context.Console.WriteLine(e.ToString());
            }

            return Failed;
        }
    }

    private void PrintHelp(IAnsiConsole console, string? name)
    {
        var command = name is null ? null : commands.FirstOrDefault(c => c.Name == name);
        if (command is not null)
        {
            ConsoleText.Line(console, Markup.Escape(command.Summary));
            ConsoleText.Line(console, Markup.Escape(command.Usage));
            return;
        }

        console.WriteLine("reform —— 改革任务台账分析工具");
        console.WriteLine();
        console.Write(FittedTable.Build(TableBorder.None, console.Profile.Width, ["命令", "用途"], [.. commands.Select(c => new[] { c.Name, c.Summary })]));
        console.WriteLine("reform help 命令  查看某个命令的用法。");
    }
}
