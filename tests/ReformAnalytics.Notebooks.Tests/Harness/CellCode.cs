namespace ReformAnalytics.Notebooks.Tests.Harness;

/// <summary>
/// The code of a C# cell as Roslyn scripting can take it. .NET Interactive handles the <c>#r</c> lines and the
/// <c>#!</c> magic commands itself, so they are taken out here (the line is left empty, keeping line numbers) and
/// the references are returned for the runner to honour. A magic the harness cannot honour is an error, never
/// skipped: the notebook would then behave differently under test than in the kernel.
/// </summary>
internal sealed record CellCode(string Code, IReadOnlyList<ReferenceDirective> References)
{
    /// <summary>Magic commands that do not select a kernel (see .NET Interactive's #!lsmagic).</summary>
    private static readonly HashSet<string> NonKernelMagics = new(StringComparer.OrdinalIgnoreCase)
    {
        "time", "lsmagic", "who", "whos", "set", "share", "connect", "about", "import", "i", "log",
    };

    /// <summary>Magic lines a C# cell may hold that change nothing the cell computes.</summary>
    private static readonly HashSet<string> IgnoredMagics = new(StringComparer.OrdinalIgnoreCase) { "csharp", "c#", "time" };

    public static bool IsKernelMagic(string name) => !NonKernelMagics.Contains(name);

    /// <exception cref="FormatException">A directive the harness cannot honour, with the line it is on.</exception>
    public static CellCode Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var lines = source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var references = new List<ReferenceDirective>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("#!", StringComparison.Ordinal))
            {
                var name = line[2..].Split(' ', 2)[0];
                if (!IgnoredMagics.Contains(name))
                {
                    throw new FormatException($"第 {i + 1} 行：测试无法执行魔术命令 {line}（C# 单元格只能用 #!csharp、#!time 和 #r）。");
                }

                lines[i] = string.Empty;
            }
            else if (line.StartsWith("#load ", StringComparison.Ordinal))
            {
                throw new FormatException($"第 {i + 1} 行：测试不执行 #load（{line}）：把代码写进笔记本的单元格。");
            }
            else if (line.StartsWith("#i ", StringComparison.Ordinal))
            {
                throw new FormatException($"第 {i + 1} 行：测试不认 #i 指定的包源（{line}）：只能用中央锁定版本的 nuget.org 包。");
            }
            else if (line.StartsWith("#r ", StringComparison.Ordinal))
            {
                references.Add(ParseReference(line, i + 1));
                lines[i] = string.Empty;
            }
        }

        return new CellCode(string.Join('\n', lines), references);
    }

    private static ReferenceDirective ParseReference(string line, int number)
    {
        var text = line[3..].Trim();
        if (text.Length < 2 || text[0] != '"' || text[^1] != '"')
        {
            throw new FormatException($"第 {number} 行：#r 后应为带引号的路径或 \"nuget: 包名, 版本\"：{line}");
        }

        text = text[1..^1].Trim();
        if (!text.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase))
        {
            return new ReferenceDirective(null, null, text, number);
        }

        var parts = text["nuget:".Length..].Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            throw new FormatException($"第 {number} 行：nuget 引用须写明包名和确切版本（不用浮动版本）：{line}");
        }

        return new ReferenceDirective(parts[0], parts[1], null, number);
    }
}
