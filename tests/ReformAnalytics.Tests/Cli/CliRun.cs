using ReformAnalytics.Cli.Commands;
using ReformAnalytics.Cli.Infrastructure;
using Spectre.Console;

namespace ReformAnalytics.Tests.Cli;

/// <summary>Runs `reform ARGS…` in this process, as the program does, with a plain, wide console captured as text.</summary>
internal static class CliRun
{
    public static Task<(int Exit, string Output)> RunAsync(params string[] args) => RunWithInputAsync(string.Empty, args);

    /// <summary>Runs `reform ARGS…` on a console <paramref name="width"/> cells wide, as on a terminal that wide.</summary>
    public static async Task<(int Exit, string[] Lines)> RunAtWidthAsync(int width, params string[] args)
    {
        using var writer = new StringWriter();
        var context = new CommandContext(PlainConsole(writer, width), TimeProvider.System) { Out = writer, In = TextReader.Null };
        var exit = await new CommandLine(CommandCatalog.All()).RunAsync(args, context, CancellationToken.None);
        return (exit, [.. writer.ToString().Split('\n').Select(l => l.TrimEnd())]);
    }

    /// <summary>
    /// Runs `reform ARGS…` as on a terminal <paramref name="width"/> cells wide that shows standard output and standard
    /// error alike, both captured in order.
    /// </summary>
    public static async Task<(int Exit, string[] Lines)> RunOnTerminalAsync(int width, params string[] args)
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new TerminalOutput(writer, width),
        });
        var context = new CommandContext(console, TimeProvider.System) { Out = writer, Error = writer, ErrorIsTerminal = true, In = TextReader.Null };
        var exit = await new CommandLine(CommandCatalog.All()).RunAsync(args, context, CancellationToken.None);
        return (exit, [.. writer.ToString().Split('\n').Select(l => l.TrimEnd())]);
    }

    /// <summary>Runs `reform ARGS…` with <paramref name="input"/> as what is typed at its prompt.</summary>
    public static async Task<(int Exit, string Output)> RunWithInputAsync(string input, params string[] args)
    {
        using var writer = new StringWriter();
        var console = PlainConsole(writer, width: 400);
        using var reader = new StringReader(input);
        var context = new CommandContext(console, TimeProvider.System) { Out = writer, In = reader };
        var exit = await new CommandLine(CommandCatalog.All()).RunAsync(args, context, CancellationToken.None);
        return (exit, writer.ToString());
    }

    /// <summary>A console without colour or prompts, <paramref name="width"/> cells wide, writing to <paramref name="writer"/>.</summary>
    public static IAnsiConsole PlainConsole(StringWriter writer, int width)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = width;
        return console;
    }

    /// <summary>A terminal of a fixed width whose text is captured by <paramref name="writer"/>.</summary>
    private sealed class TerminalOutput(TextWriter writer, int width) : IAnsiConsoleOutput
    {
        public TextWriter Writer => writer;

        public bool IsTerminal => true;

        public int Width => width;

        public int Height => 50;

        public void SetEncoding(System.Text.Encoding encoding)
        {
        }
    }
}
