using ReformAnalytics.Sample.Export;

namespace ReformAnalytics.Sample.Simulation;

/// <summary>Chooses the months of a year's planted cases, from the plants' own random stream.</summary>
internal static class PlantPlanner
{
    public static PlantPlan Plan(int seed, int year, int yearIndex, int months, bool lastYear)
    {
        var rng = StableSeed.Create(seed, "plants", year);
        var correction = lastYear ? Math.Min(3, months) : 0;
        var midYear = months >= 3 ? Math.Min(7, months - 1) : 0;
        var missingCandidates = Enumerable.Range(2, Math.Max(0, months - 2)).Where(m => m != correction && m != midYear).ToArray();
        var missing = missingCandidates.Length > 0 ? rng.Pick(missingCandidates) : 0;
        var prefix = months >= 2 ? rng.Next(2, months + 1) : 0;
        var punctuation = months >= 2 ? rng.Next(2, months + 1) : 0;
        var badCells = new List<BadCellPlan>();
        if (lastYear)
        {
            var candidates = Enumerable.Range(1, months)
                .Where(m => m != correction && ExportPlanner.OverallInWorkbook(ExportPlanner.PackageOf(yearIndex, m, false)))
                .ToArray();
            if (candidates.Length > 0)
            {
                badCells.AddRange(Enum.GetValues<BadCellKind>().Select(kind => new BadCellPlan(rng.Pick(candidates), kind)));
            }
        }

        // Chosen last and without a draw, so that every other case falls where it did before returns were planted.
        var taken = new[] { correction, midYear, missing, prefix, punctuation }.Concat(badCells.Select(b => b.Month)).ToHashSet();
        var returns = lastYear ? Enumerable.Range(2, Math.Max(0, months - 2)).Reverse().FirstOrDefault(m => !taken.Contains(m)) : 0;
        return new PlantPlan(midYear, missing, prefix, punctuation, correction, badCells, returns);
    }
}
