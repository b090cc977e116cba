namespace ReformAnalytics.Sample.Vocabulary;

/// <summary>
/// The object of a reform task (农村集体产权制度改革, 生态保护补偿机制) and the verbs it takes. A task name is
/// a verb of the object's class followed by the object; the verb rotates with the year so the same object
/// in another year's ledger is a differently worded task. No verb of a class ends another verb of the same
/// class (深化 / 全面深化 would look like a light rewording, which is planted on purpose elsewhere).
/// </summary>
internal sealed record ReformObject(string Text, char VerbClass, bool IsDocumentLike)
{
    private static readonly string[] ReformVerbs = ["深化", "推进", "实施"];
    private static readonly string[] MechanismVerbs = ["健全", "完善", "建立"];
    private static readonly string[] SystemVerbs = ["构建", "完善", "健全"];
    private static readonly string[] RuleVerbs = ["落实", "推行", "完善"];
    private static readonly string[] ModelVerbs = ["探索", "推广", "创新"];

    public IReadOnlyList<string> Verbs => VerbClass switch
    {
        'R' => ReformVerbs,
        'M' => MechanismVerbs,
        'S' => SystemVerbs,
        'Z' => RuleVerbs,
        _ => ModelVerbs,
    };

    /// <summary>Parses <c>K|text</c>; a <c>{a|b|c}</c> slot in the text expands to one object per choice.</summary>
    public static IEnumerable<ReformObject> Expand(string coded)
    {
        var verbClass = coded[0];
        var text = coded[2..];
        var open = text.IndexOf('{', StringComparison.Ordinal);
        if (open < 0)
        {
            yield return Create(text, verbClass);
            yield break;
        }

        var close = text.IndexOf('}', open);
        foreach (var choice in text[(open + 1)..close].Split('|'))
        {
            yield return Create(string.Concat(text.AsSpan(0, open), choice, text.AsSpan(close + 1)), verbClass);
        }
    }

    private static ReformObject Create(string text, char verbClass) =>
        new(text, verbClass, verbClass is 'M' or 'Z' || text.EndsWith("制度改革", StringComparison.Ordinal));
}
