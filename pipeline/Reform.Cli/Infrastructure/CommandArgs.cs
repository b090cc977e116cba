namespace ReformAnalytics.Cli.Infrastructure;

/// <summary>
/// The arguments after the command name: <c>--name value</c> options, <c>--flag</c> switches and
/// positional values. Options a command does not know are refused with a message.
/// </summary>
internal sealed class CommandArgs
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private CommandArgs(List<string> positionals) => Positionals = positionals;

    public IReadOnlyList<string> Positionals { get; }

    /// <summary>Parses <paramref name="args"/>; <paramref name="flagNames"/> are the switches that take no value.</summary>
    public static CommandArgs Parse(IReadOnlyList<string> args, IReadOnlySet<string> optionNames, IReadOnlySet<string> flagNames)
    {
        var positionals = new List<string>();
        var result = new CommandArgs(positionals);
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2 && !IsSqlComment(a))
            {
                var name = a[2..];
                string? inline = null;
                var eq = name.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0)
                {
                    inline = name[(eq + 1)..];
                    name = name[..eq];
                }

                if (flagNames.Contains(name))
                {
                    result._flags.Add(name);
                }
                else if (optionNames.Contains(name))
                {
                    var value = inline ?? (i + 1 < args.Count ? args[++i] : throw new UsageException($"选项 --{name} 后面缺少取值。"));
                    if (!result._options.TryGetValue(name, out var list))
                    {
                        result._options[name] = list = [];
                    }

                    list.Add(value);
                }
                else
                {
                    throw new UsageException($"不认识的选项 --{name}。");
                }
            }
            else
            {
                positionals.Add(a);
            }
        }

        return result;
    }

    /// <summary>
    /// An argument that begins with <c>--</c> but whose name has a space or a line break in it (before any <c>=</c>) is no
    /// option: it is a query that opens with an SQL comment (<c>"-- 六月的红灯任务\nSELECT …"</c>), as the examples in
    /// docs/metrics.md do. Before, <c>reform sql</c> refused it as an unknown option.
    /// </summary>
    private static bool IsSqlComment(string argument)
    {
        var name = argument.AsSpan(2);
        var eq = name.IndexOf('=');
        return (eq < 0 ? name : name[..eq]).ContainsAny(" \t\r\n");
    }

    public bool Flag(string name) => _flags.Contains(name);

    public string? Get(string name) => _options.TryGetValue(name, out var v) ? v[^1] : null;

    public string Get(string name, string fallback) => Get(name) ?? fallback;

    public string Require(string name) => Get(name) ?? throw new UsageException($"缺少必需的选项 --{name}。");

    public int GetInt(string name, int fallback)
    {
        var text = Get(name);
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new UsageException($"选项 --{name} 需要一个整数，收到“{text}”。");
    }
}
