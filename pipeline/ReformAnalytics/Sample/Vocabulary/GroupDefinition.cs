namespace ReformAnalytics.Sample.Vocabulary;

/// <summary>
/// A special group (专项小组) as the generator knows it: the units that usually lead its tasks, the reform
/// objects its task names are built from, the pilots it runs, and two hidden traits: <see cref="Weight"/>
/// (its share of the overall ledger) and <see cref="Hardness"/> (added to its tasks' difficulty).
/// Objects are coded <c>K|text</c>, K the verb class of <see cref="ReformObject"/>.
/// </summary>
internal sealed record GroupDefinition(
    string Name,
    double Weight,
    double Hardness,
    IReadOnlyList<string> Units,
    IReadOnlyList<ReformObject> Objects,
    IReadOnlyList<string> AssignedPilots,
    IReadOnlyList<string> LocalPilots,
    IReadOnlyList<string> Tails);
