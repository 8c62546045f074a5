using GanNotebooks.Classification;
using GanNotebooks.Tests.Data;
using static TorchSharp.torch;

namespace GanNotebooks.Tests.Classification;

public sealed class LabelledSubsetTests(FashionMnistFixture data) : IClassFixture<FashionMnistFixture>
{
    [Fact]
    public void Hundred_labels_hold_ten_of_each_class_and_the_same_seed_draws_the_same_rows()
    {
        var first = LabelledSubset.BalancedIndices(data.Train.Labels, 100, seed: 1);
        var again = LabelledSubset.BalancedIndices(data.Train.Labels, 100, seed: 1);
        var other = LabelledSubset.BalancedIndices(data.Train.Labels, 100, seed: 2);
        using var subset = LabelledSubset.Balanced(data.Train, 100, seed: 1);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Equal(100, first.Distinct().Count());
        long[] labels = subset.Labels.data<long>().ToArray();
        Assert.All(Enumerable.Range(0, 10), c => Assert.Equal(10, labels.Count(l => l == c)));
        TensorAssert.Identical(data.Train.Images[first[7]], subset.Images[7]);
    }

    [Fact]
    public void Counts_that_do_not_split_evenly_or_exceed_a_class_are_refused()
    {
        var uneven = Assert.Throws<ArgumentException>(
            () => LabelledSubset.BalancedIndices(data.Train.Labels, 105, seed: 1));
        Assert.Contains("multiple of 10", uneven.Message);

        using var labels = tensor(new long[] { 0, 0, 0, 1, 1, 1, 1 });
        var scarce = Assert.Throws<ArgumentException>(
            () => LabelledSubset.BalancedIndices(labels, 8, seed: 1, classes: 2));
        Assert.Contains("at least 4 images of class 0, found 3", scarce.Message);
    }
}
