using ReformAnalytics.Model;
using ReformAnalytics.Sample.Vocabulary;

namespace ReformAnalytics.Sample.Simulation;

/// <summary>
/// Builds one county's tasks for one year: 140–160 overall tasks spread over the groups by weight, 13–17
/// assigned pilots and 22–28 local pilots, each with a name, units, leader, kind, result form, deadline,
/// hidden difficulty and start delay. Names are unique within a ledger and year; the verb rotates with the
/// year, so the same reform object in the next year's ledger is worded differently (深化 → 推进 → 实施).
/// </summary>
internal static class TaskBuilder
{
    private static readonly double[] CoUnitCountWeights = [0.15, 0.3, 0.3, 0.17, 0.08];

    /// <param name="midYearMonth">When above 1, one more overall task enters the ledger in that month.</param>
    public static List<SampleTask> BuildYear(int seed, County county, int year, int yearIndex, int midYearMonth)
    {
        var rng = StableSeed.Create(seed, "tasks", county.Index, year);
        var context = new Context(seed, county, year, yearIndex, rng);
        BuildOverall(context, 140 + rng.Next(21), midYearMonth);
        BuildPilots(context, Ledger.AssignedPilot, 13 + rng.Next(5));
        BuildPilots(context, Ledger.LocalPilot, 22 + rng.Next(7));
        AssignLoads(county, context.Tasks);
        return context.Tasks;
    }

    /// <summary>The first ordinal of sub-tasks, past every ordinary task's: they sort last in their group.</summary>
    private const int SubTaskOrdinals = 50_000;

    /// <summary>
    /// Overall tasks split into sub-tasks under a heading, as offices list them: two reform objects of one group that the
    /// year's ledger does not list (<paramref name="yearTasks"/>), each the heading of <see cref="LedgerPhrases.FirstSubTask"/>
    /// (制定出台) and a second step (推进落实), all four led by one of the group's units other than <paramref name="avoid"/>
    /// (the unit that misses a return), so two sub-tasks of one unit share a name. Drawn from their own stream, and built
    /// after the year's loads are shared, so that every other task moves as it did before they were planted. Empty when no
    /// group has a unit and two free objects.
    /// </summary>
    public static List<SampleTask> BuildSubTasks(int seed, County county, int year, int yearIndex, IReadOnlyList<SampleTask> yearTasks, CountyUnit? avoid)
    {
        var rng = StableSeed.Create(seed, "sub-tasks", county.Index, year);
        var c = new Context(seed, county, year, yearIndex, rng) { Forced = DeadlineFactory.PhrasingCount };
        c.Ordinals[(int)Ledger.Overall] = SubTaskOrdinals;
        var used = yearTasks.Where(t => t.County == county && t.Ledger == Ledger.Overall).Select(t => t.CoreName).ToArray();
        int[] Free(GroupDefinition g) =>
            [.. Enumerable.Range(0, g.Objects.Count).Where(i => !used.Any(u => u.EndsWith(g.Objects[i].Text, StringComparison.Ordinal)))];
        var groups = county.Groups.Where(g => county.UnitsByGroup[g.Name].Any(u => u != avoid) && Free(g).Length >= 2).ToArray();
        if (groups.Length == 0)
        {
            return [];
        }

        var group = rng.Pick(groups);
        var lead = rng.Pick(county.UnitsByGroup[group.Name].Where(u => u != avoid).ToArray());
        var free = Free(group).ToList();
        rng.Shuffle(free);
        for (var h = 0; h < 2; h++)
        {
            var obj = group.Objects[free[h]];
            var heading = obj.Verbs[(free[h] + yearIndex) % obj.Verbs.Count] + obj.Text;
            Add(c, Ledger.Overall, group, heading, LedgerPhrases.FirstSubTask, true, false, 0, 1, lead, heading + county.TaskSuffix);
            Add(c, Ledger.Overall, group, heading, LedgerPhrases.SecondSubTasks[h], false, false, 0.3, 1, lead, heading + county.TaskSuffix);
        }

        return c.Tasks;
    }

    private static void BuildOverall(Context c, int total, int midYearMonth)
    {
        var groups = c.County.Groups;
        var counts = Allocate(groups, total);
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            var order = Enumerable.Range(0, group.Objects.Count).ToList();
            c.Rng.Shuffle(order);
            var take = counts[g] + (g == 0 && midYearMonth > 1 ? 1 : 0);
            for (var i = 0; i < take && i < order.Count; i++)
            {
                var firstMonth = g == 0 && midYearMonth > 1 && i == take - 1 ? midYearMonth : 1;
                var obj = group.Objects[order[i]];
                var core = obj.Verbs[(order[i] + c.YearIndex) % obj.Verbs.Count] + obj.Text;
                var tail = c.Rng.Chance(0.2) ? c.Rng.Pick(group.Tails) : string.Empty;
                var isDocument = c.Rng.Chance(obj.IsDocumentLike ? 0.6 : 0.3);
                var classBonus = obj.VerbClass switch { 'R' => 0.5, 'S' => 0.3, 'Z' => -0.4, 'P' => 0.2, _ => 0.0 };
                var openEnded = !isDocument && firstMonth == 1 && c.Rng.Chance(0.12);
                Add(c, Ledger.Overall, group, core, core + tail, isDocument, openEnded, classBonus, firstMonth);
            }
        }
    }

    private static void BuildPilots(Context c, Ledger ledger, int count)
    {
        var assigned = ledger == Ledger.AssignedPilot;
        var candidates = new List<(int Group, int Item)>();
        for (var g = 0; g < c.County.Groups.Count; g++)
        {
            var items = assigned ? c.County.Groups[g].AssignedPilots : c.County.Groups[g].LocalPilots;
            candidates.AddRange(Enumerable.Range(0, items.Count).Select(i => (g, i)));
        }

        c.Rng.Shuffle(candidates);
        var chosen = candidates.Take(count).OrderBy(p => p.Group).ThenBy(p => p.Item).ToList();
        foreach (var (g, item) in chosen)
        {
            var group = c.County.Groups[g];
            string core;
            if (assigned)
            {
                var verb = LedgerPhrases.AssignedPilotVerbs[(item + c.YearIndex) % LedgerPhrases.AssignedPilotVerbs.Count];
                var level = LedgerPhrases.PilotLevels[c.Rng.Weighted(LedgerPhrases.PilotLevelWeights)];
                core = verb + level + group.AssignedPilots[item] + "试点";
            }
            else
            {
                core = LedgerPhrases.LocalPilotVerbs[(item + c.YearIndex) % LedgerPhrases.LocalPilotVerbs.Count] + group.LocalPilots[item] + "试点";
            }

            var isDocument = c.Rng.Chance(0.12);
            Add(c, ledger, group, core, core, isDocument, false, assigned ? 0.5 : 0.4, 1);
        }
    }

    /// <param name="fixedLead">The lead unit, when the caller chooses it; null to draw one of the group's.</param>
    /// <param name="heading">The heading of a sub-task; null for a task under none.</param>
    private static void Add(
        Context c, Ledger ledger, GroupDefinition group, string core, string name, bool isDocument, bool openEnded, double bonus, int firstMonth,
        CountyUnit? fixedLead = null, string? heading = null)
    {
        var rng = c.Rng;
        var raw = 2.0 + group.Hardness + bonus + (isDocument ? 0 : 0.3) + (0.8 * rng.Normal());
        var difficulty = Math.Clamp((int)Math.Round(raw, MidpointRounding.AwayFromZero), 1, 5);
        var own = c.County.UnitsByGroup[group.Name];
        var lead = fixedLead ?? (own.Count > 0 && rng.Chance(0.92) ? rng.Pick(own) : rng.Pick(c.County.LeadUnits));
        // Every tenth overall task takes the next phrasing in turn, so every phrasing is in every year's ledger.
        var ordinal = c.Ordinals[(int)ledger]++;
        var forced = ledger == Ledger.Overall && ordinal % 10 == 3 && c.Forced < DeadlineFactory.PhrasingCount && !openEnded && firstMonth == 1
            ? c.Forced++
            : (int?)null;
        var deadline = openEnded ? DeadlineFactory.OpenEnded(rng) : DeadlineFactory.Create(c.Year, firstMonth, rng, forced);
        var resultForms = ledger != Ledger.Overall ? LedgerPhrases.PilotResultForms
            : isDocument ? LedgerPhrases.IssueResultForms : LedgerPhrases.ImplementResultForms;
        c.Tasks.Add(new SampleTask
        {
            Ledger = ledger,
            County = c.County,
            Group = group,
            Ordinal = ordinal,
            Name = name + c.County.TaskSuffix,
            CoreName = core,
            Lead = lead,
            CoUnits = CoUnits(c, lead, !isDocument),
            Person = rng.Chance(0.7) ? lead.Contact : lead.SecondContact,
            ResultForm = rng.Pick(resultForms),
            Kind = isDocument ? LedgerPhrases.KindIssue : LedgerPhrases.KindImplement,
            Deadline = deadline,
            Difficulty = difficulty,
            FirstMonth = firstMonth,
            StartDelay = StartDelay(deadline, firstMonth, difficulty, ledger, rng),
            Remark = rng.Chance(0.3) ? rng.Pick(LedgerPhrases.Remarks) : null,
            Heading = heading,
            Rng = StableSeed.Create(c.Seed, "task", c.County.Index, c.Year, ((int)ledger * 100_000) + ordinal),
        });
    }

    private static string[] CoUnits(Context c, CountyUnit lead, bool implement)
    {
        var rng = c.Rng;
        var count = rng.Weighted(CoUnitCountWeights);
        var chosen = new List<string>(count);
        if (implement && count > 0 && rng.Chance(0.25))
        {
            chosen.Add(LedgerPhrases.ExtraCoUnits[0]);
        }

        for (var guard = 0; chosen.Count < count && guard < 20; guard++)
        {
            var unit = rng.Pick(c.County.CoUnitPool);
            if (!string.Equals(unit, lead.Name, StringComparison.Ordinal) && !chosen.Contains(unit, StringComparer.Ordinal))
            {
                chosen.Add(unit);
            }
        }

        return [.. chosen];
    }

    private static int StartDelay(DeadlineSpec deadline, int firstMonth, int difficulty, Ledger ledger, Random rng)
    {
        var dueMonth = deadline.Due?.Month ?? 12;
        var delay = dueMonth >= 9 && rng.Chance(0.2 + (0.05 * difficulty)) ? rng.Next(1, 4) : 0;
        if (ledger == Ledger.LocalPilot && rng.Chance(0.2))
        {
            delay++;
        }

        return Math.Max(0, Math.Min(delay, dueMonth - firstMonth - 1));
    }

    /// <summary>Overall tasks per group by weight (largest remainder), each group kept under its number of objects.</summary>
    private static int[] Allocate(IReadOnlyList<GroupDefinition> groups, int total)
    {
        var weight = groups.Sum(g => g.Weight);
        var counts = groups.Select(g => (int)(total * g.Weight / weight)).ToArray();
        var caps = groups.Select(g => g.Objects.Count - 2).ToArray();
        var left = total - counts.Sum();
        var byRemainder = Enumerable.Range(0, groups.Count)
            .OrderByDescending(i => (total * groups[i].Weight / weight) - counts[i])
            .ThenBy(i => i)
            .ToArray();
        for (var i = 0; left > 0 && i < byRemainder.Length; i++, left--)
        {
            counts[byRemainder[i]]++;
        }

        var spill = 0;
        for (var g = 0; g < counts.Length; g++)
        {
            if (counts[g] > caps[g])
            {
                spill += counts[g] - caps[g];
                counts[g] = caps[g];
            }
        }

        for (var g = 0; spill > 0 && counts.Zip(caps).Any(p => p.First < p.Second); g = (g + 1) % counts.Length)
        {
            if (counts[g] < caps[g])
            {
                counts[g]++;
                spill--;
            }
        }

        return counts;
    }

    private static void AssignLoads(County county, List<SampleTask> tasks)
    {
        foreach (var leader in county.Leaders)
        {
            leader.Load = 0;
        }

        foreach (var task in tasks)
        {
            task.Leader.Load++;
        }

        var mean = (double)tasks.Count / county.Leaders.Count;
        foreach (var leader in county.Leaders)
        {
            leader.LoadFactor = 1.0 / (1.0 + (0.025 * Math.Max(0, leader.Load - mean)));
        }
    }

    private sealed class Context(int seed, County county, int year, int yearIndex, Random rng)
    {
        public int Seed { get; } = seed;

        public County County { get; } = county;

        public int Year { get; } = year;

        public int YearIndex { get; } = yearIndex;

        public Random Rng { get; } = rng;

        public List<SampleTask> Tasks { get; } = [];

        public int[] Ordinals { get; } = new int[3];

        public int Forced { get; set; }
    }
}
