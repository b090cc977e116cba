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
            if (a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2)
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
