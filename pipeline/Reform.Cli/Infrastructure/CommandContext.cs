using Spectre.Console;

namespace ReformAnalytics.Cli.Infrastructure;

/// <summary>What a command runs with: the console to write to and the clock (only for wall-clock metadata, never the status date).</summary>
internal sealed class CommandContext(IAnsiConsole console, TimeProvider clock)
{
    public IAnsiConsole Console { get; } = console;

    public TimeProvider Clock { get; } = clock;

    /// <summary>Plain standard output for machine-readable formats (csv, json), bypassing Spectre's markup.</summary>
    public TextWriter Out { get; init; } = System.Console.Out;

    /// <summary>What an interactive command reads its lines from.</summary>
    public TextReader In { get; init; } = System.Console.In;

    /// <summary>Where Ctrl+C goes while a command runs.</summary>
    public Interrupts Interrupts { get; } = new();
}
