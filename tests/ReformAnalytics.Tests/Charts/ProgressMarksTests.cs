using ReformAnalytics.Charts;

namespace ReformAnalytics.Tests.Charts;

/// <summary>
/// Figure 2's layout in data terms: the time view until more than half of the tasks have their time all gone, then
/// the deadline month; tasks of one light on one spot (whole percent, or month and whole percent) are one dot.
/// </summary>
public sealed class ProgressMarksTests
{
    private static TaskProgressPoint Task(double time, double actual, TrafficLight light, int year = 2024, int month = 12, int day = 31) =>
        new("T", time, actual, light, new DateOnly(year, month, day));

    [Fact]
    public void ViewOf_ThreeOfFourAtFullTime_IsTheDeadlineView()
    {
        TaskProgressPoint[] tasks = [Task(100, 100, TrafficLight.Green), Task(100, 40, TrafficLight.Red), Task(100, 90, TrafficLight.Amber), Task(50, 50, TrafficLight.Green)];

        Assert.Equal(ProgressChartView.DeadlineMonth, ProgressMarks.ViewOf(tasks));
    }

    [Fact]
    public void ViewOf_HalfAtFullTime_StaysTheTimeView()
    {
        // Two of four is not more than half.
        TaskProgressPoint[] tasks = [Task(100, 100, TrafficLight.Green), Task(100, 40, TrafficLight.Red), Task(99.9, 90, TrafficLight.Amber), Task(50, 50, TrafficLight.Green)];

        Assert.Equal(ProgressChartView.TimeProgress, ProgressMarks.ViewOf(tasks));
        Assert.Equal(ProgressChartView.TimeProgress, ProgressMarks.ViewOf(ChartSamples.Tasks));
        Assert.Equal(ProgressChartView.TimeProgress, ProgressMarks.ViewOf([]));
    }

    [Theory]
    [InlineData(2024, 3, 25, 3)]
    [InlineData(2024, 12, 31, 12)]
    [InlineData(2023, 12, 31, ProgressMarks.EarlierYears)]
    [InlineData(2025, 1, 31, ProgressMarks.LaterYears)]
    public void DeadlineColumn_IsTheMonthInTheLedgerYear_ElseBeforeOrAfter(int year, int month, int day, int expected)
    {
        Assert.Equal(expected, ProgressMarks.DeadlineColumn(new DateOnly(year, month, day), 2024));
    }

    [Fact]
    public void Of_TimeView_TasksOfOneLightOnOneWholePercent_AreOneDotAtTheirMean()
    {
        TaskProgressPoint[] tasks =
        [
            Task(100, 100, TrafficLight.Green), Task(100, 100, TrafficLight.Green), Task(100, 100, TrafficLight.Green),
            Task(99.6, 100, TrafficLight.Green), // rounds to (100, 100): with the three, x = (300 + 99.6) / 4 = 99.9
            Task(100, 60, TrafficLight.Red), Task(100, 60, TrafficLight.Green), // one spot, two lights: two dots
            Task(49.59, 30, TrafficLight.Green), Task(50.4, 30.4, TrafficLight.Green), // both (50, 30): x 49.995, y 30.2
            Task(50.6, 30, TrafficLight.Green), // rounds to 51: a dot of its own
            Task(105, 120, TrafficLight.Green), // beyond the axes: drawn at (100, 100), with the first four
        ];

        var marks = ProgressMarks.Of(tasks, ProgressChartView.TimeProgress, 2024);

        // x of the five at (100, 100): (300 + 99.6 + 100) / 5 = 99.92.
        Assert.Equal(
            [("Green", 49.995, 30.2, 2), ("Green", 50.6, 30.0, 1), ("Green", 99.92, 100.0, 5), ("Green", 100.0, 60.0, 1), ("Red", 100.0, 60.0, 1)],
            marks.Select(m => (m.Light.ToString(), Math.Round(m.X, 3), Math.Round(m.Y, 3), m.Count)));
    }

    [Fact]
    public void Of_DeadlineView_TasksStandAtTheirDeadlineMonth_AndDoneOnesOfOneMonthAreOneDot()
    {
        TaskProgressPoint[] tasks =
        [
            Task(100, 100, TrafficLight.Green, 2024, 3, 31), Task(100, 100, TrafficLight.Green, 2024, 3, 15),
            Task(100, 40, TrafficLight.Red, 2024, 3, 31), Task(100, 40, TrafficLight.Red, 2024, 12, 31),
            Task(100, 70, TrafficLight.Red, 2023, 12, 31), Task(50, 20, TrafficLight.Amber, 2025, 6, 30),
        ];

        var marks = ProgressMarks.Of(tasks, ProgressChartView.DeadlineMonth, 2024);

        Assert.Equal(
            [
                new ProgressMark(3, 100, TrafficLight.Green, 2), new ProgressMark(13, 20, TrafficLight.Amber, 1),
                new ProgressMark(0, 70, TrafficLight.Red, 1), new ProgressMark(3, 40, TrafficLight.Red, 1), new ProgressMark(12, 40, TrafficLight.Red, 1),
            ],
            marks);
    }
}
