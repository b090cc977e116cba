using ReformAnalytics.Sample.Vocabulary;

namespace ReformAnalytics.Sample.Simulation;

/// <summary>
/// Builds a county: 6 to 11 special groups, 23 to 27 lead units with their hidden habits, 13 to 17 leaders
/// with uneven shares of the units (so some carry far more tasks than others).
/// </summary>
internal static class CountyBuilder
{
    private static readonly double[] HabitWeights = [0.5, 0.3, 0.2];

    // How many special groups a county sets up: the sample county 7 to 9, the extra counties of a scaled run 6 to 11.
    private static readonly int[] HomeGroupCounts = [7, 8, 8, 9];
    private static readonly int[] GroupCounts = [6, 7, 7, 8, 8, 8, 9, 9, 10, 11];

    public static County Build(int seed, int index)
    {
        var rng = StableSeed.Create(seed, "county", index);
        var name = index == 0 ? "县" : CountyNames.Of(index);
        var groups = GroupCatalog.All.Take(rng.Pick(index == 0 ? HomeGroupCounts : GroupCounts)).ToArray();
        var leaders = BuildLeaders(rng);
        var localise = (string unit) => index == 0 || !unit.StartsWith('县') ? unit : string.Concat(name, unit.AsSpan(1));

        var unitNames = ChooseLeadUnits(groups, 23 + rng.Next(5), rng);
        var leadUnits = unitNames.Select(u => BuildUnit(localise(u), leaders, rng)).ToArray();
        GiveEveryLeaderAUnit(leadUnits, leaders);
        var byName = unitNames.Zip(leadUnits).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        var unitsByGroup = groups.ToDictionary(
            g => g.Name,
            g => (IReadOnlyList<CountyUnit>)g.Units.Where(byName.ContainsKey).Select(u => byName[u]).ToArray(),
            StringComparer.Ordinal);
        var coUnits = groups.SelectMany(g => g.Units)
            .Concat(LedgerPhrases.ExtraCoUnits)
            .Distinct(StringComparer.Ordinal)
            .Select(localise)
            .ToArray();

        return new County
        {
            Index = index,
            Name = name,
            TaskSuffix = index == 0 ? string.Empty : $"（{name}）",
            Groups = groups,
            LeadUnits = leadUnits,
            UnitsByGroup = unitsByGroup,
            CoUnitPool = coUnits,
            Leaders = leaders,
        };
    }

    private static CountyLeader[] BuildLeaders(Random rng)
    {
        var count = 13 + rng.Next(5);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var leaders = new List<CountyLeader>(count);
        while (leaders.Count < count)
        {
            var name = rng.Pick(PeopleNames.Surnames) + rng.Pick(PeopleNames.LeaderGivenNames);
            if (names.Add(name))
            {
                leaders.Add(new CountyLeader(name, Math.Exp(0.6 * rng.Normal())));
            }
        }

        return [.. leaders];
    }

    /// <summary>The first unit of every group always leads; the others fill up to <paramref name="target"/> at random.</summary>
    private static List<string> ChooseLeadUnits(IReadOnlyList<GroupDefinition> groups, int target, Random rng)
    {
        var chosen = groups.Select(g => g.Units[0]).Distinct(StringComparer.Ordinal).ToList();
        var rest = groups.SelectMany(g => g.Units.Skip(1)).Distinct(StringComparer.Ordinal).Where(u => !chosen.Contains(u, StringComparer.Ordinal)).ToList();
        rng.Shuffle(rest);
        chosen.AddRange(rest.Take(Math.Max(0, target - chosen.Count)));
        var order = groups.SelectMany(g => g.Units).Distinct(StringComparer.Ordinal).ToList();
        chosen.Sort((a, b) => order.IndexOf(a).CompareTo(order.IndexOf(b)));
        return chosen;
    }

    /// <summary>A leader drawn for no unit takes one from the leader with the most (every county leader is in charge of something).</summary>
    private static void GiveEveryLeaderAUnit(CountyUnit[] units, IReadOnlyList<CountyLeader> leaders)
    {
        foreach (var idle in leaders.Where(l => !units.Any(u => u.Leader == l)))
        {
            var busiest = leaders.OrderByDescending(l => units.Count(u => u.Leader == l)).First();
            if (units.Count(u => u.Leader == busiest) < 2)
            {
                return;
            }

            var i = Array.FindLastIndex(units, u => u.Leader == busiest);
            units[i].Leader = idle;
        }
    }

    private static CountyUnit BuildUnit(string name, IReadOnlyList<CountyLeader> leaders, Random rng)
    {
        var capacity = Math.Clamp(1.0 + (0.17 * rng.Normal()), 0.6, 1.35);

        // Weak units are the ones most tempted to write 序时推进 over lagging figures.
        var masks = capacity < 0.92 ? rng.Chance(0.65) : rng.Chance(0.15);
        var optimism = masks ? rng.Between(0.55, 0.95) : rng.Between(0.05, 0.35);
        var leader = leaders[rng.Weighted(leaders.Select(l => l.Weight).ToArray())];
        return new CountyUnit
        {
            Name = name,
            Leader = leader,
            Capacity = capacity,
            Optimism = optimism,
            ClaimsAhead = rng.Chance(0.35),
            Habit = (FigureHabit)rng.Weighted(HabitWeights),
            BlankFigureRate = rng.Chance(0.25) ? rng.Between(0.1, 0.3) : rng.Between(0, 0.03),
            RoundsToFive = rng.Chance(0.5),
            ClosesOut = rng.Chance(0.5),
            OnTrackPhrase = masks ? rng.Pick(["序时推进", "按序时推进", "序时推进", "正常推进"]) : rng.Pick(LedgerPhrases.OnTrack),
            BehindPhrase = rng.Pick(LedgerPhrases.Behind),
            CompletedPhrase = rng.Pick(LedgerPhrases.Completed),
            ClosedPhrase = rng.Pick(LedgerPhrases.ClosedOut),
            Contact = rng.Pick(PeopleNames.Surnames) + rng.Pick(PeopleNames.StaffGivenNames),
            SecondContact = rng.Pick(PeopleNames.Surnames) + rng.Pick(PeopleNames.StaffGivenNames),
        };
    }
}
