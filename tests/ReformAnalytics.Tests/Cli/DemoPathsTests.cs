using ReformAnalytics.Cli.Commands;
using ReformAnalytics.Tests.Support;

namespace ReformAnalytics.Tests.Cli;

public sealed class DemoPathsTests
{
    [Fact]
    public void The_demo_chart_folder_keeps_the_pictures_of_this_run_and_any_other_file()
    {
        using var dir = new TempFolder();
        var paths = new DemoPaths(dir.Path);
        Directory.CreateDirectory(paths.Charts);
        string Put(string name)
        {
            var file = Path.Combine(paths.Charts, name);
            File.WriteAllText(file, "x");
            return file;
        }

        var png = Put("2024年第四季度-图1-逐月完成进度与计划进度.png");
        var svg = Put("2024年第四季度-图1-逐月完成进度与计划进度.svg");
        Put("图1-逐月完成进度与计划进度.png");
        Put("图1-逐月完成进度与计划进度.svg");
        Put("图2-任务实际进度与时间进度对照.PNG");
        var notes = Put("说明.txt");

        // Three pictures of an older run (the third's extension in capitals) go; this run's two and the text stay.
        Assert.Equal(3, paths.RemoveChartsOtherThan([png, svg]));
        Assert.Equal([png, svg, notes], Directory.GetFiles(paths.Charts).Order(StringComparer.Ordinal));
    }
}
