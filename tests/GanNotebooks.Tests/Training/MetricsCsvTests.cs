using System.Globalization;
using GanNotebooks.Training;

namespace GanNotebooks.Tests.Training;

public sealed class MetricsCsvTests
{
    private static readonly StepMetrics[] History =
    [
        new(1, 0.7312345678901234, 0.69, 0.5, 0.25, 0.7, 0.51, 0.49, 0.0312),
        new(2, 1e-9, 12.5, 1, 0, 3.25, 0.999, 1e-5),
    ];

    [Fact]
    public void The_header_is_fixed_and_rows_read_back_exactly()
    {
        var text = new StringWriter();
        MetricsCsv.Write(text, History);
        string[] lines = text.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(
            "step,loss_real,loss_fake,accuracy_real,accuracy_fake,loss_generator,mean_real_score,"
            + "mean_fake_score,generator_gradient_norm", lines[0]);
        Assert.Equal("1,0.7312345678901234,0.69,0.5,0.25,0.7,0.51,0.49,0.0312", lines[1]);
        Assert.EndsWith(",NaN", lines[2]);
        Assert.Equal(History, MetricsCsv.Read(new StringReader(text.ToString())));
    }

    [Fact]
    public void Writing_does_not_depend_on_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var text = new StringWriter();
            MetricsCsv.Write(text, History);
            Assert.Contains("0.69", text.ToString());
            Assert.DoesNotContain("0,69", text.ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void A_wrong_header_or_row_is_refused_naming_the_line()
    {
        var error = Assert.Throws<InvalidDataException>(() => MetricsCsv.Read(new StringReader("a,b\n1,2\n"), "m.csv"));
        Assert.StartsWith("m.csv: expected the header", error.Message);

        string bad = MetricsCsv.Header + "\n1,2,3\n";
        error = Assert.Throws<InvalidDataException>(() => MetricsCsv.Read(new StringReader(bad), "m.csv"));
        Assert.Equal("m.csv line 2: expected 9 columns, found 3.", error.Message);
    }
}
