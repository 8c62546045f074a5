using GanNotebooks.Data;
using static TorchSharp.torch;

namespace GanNotebooks.Tests.Data;

public sealed class MiniBatchSamplerTests : IDisposable
{
    private readonly ImageDataset dataset = MakeDataset(103);

    public void Dispose() => dataset.Dispose();

    [Fact]
    public void SameSeedGivesTheSameBatches()
    {
        var first = new MiniBatchSampler(dataset, 10, seed: 7);
        var second = new MiniBatchSampler(dataset, 10, seed: 7);

        foreach (var (a, b) in first.Epoch(3).Zip(second.Epoch(3)))
        {
            using (a)
            using (b)
            {
                Assert.Equal(a.Indices, b.Indices);
                TensorAssert.Identical(a.Images, b.Images);
            }
        }
    }

    [Fact]
    public void OrderIsFixedAcrossRunsAndMachines()
    {
        // Pins the generator: a change here would silently change every seeded experiment.
        // The expected order was cross-checked against an independent SplitMix64 in Python.
        using ImageDataset small = MakeDataset(10);
        var sampler = new MiniBatchSampler(small, 5, seed: 1);

        Assert.Equal([6, 5, 7, 1, 2, 8, 4, 9, 3, 0], sampler.Permutation(0));
    }

    [Fact]
    public void DifferentSeedOrEpochGivesADifferentOrder()
    {
        int[] order = new MiniBatchSampler(dataset, 10, seed: 7).Permutation(0);

        Assert.NotEqual(order, new MiniBatchSampler(dataset, 10, seed: 8).Permutation(0));
        Assert.NotEqual(order, new MiniBatchSampler(dataset, 10, seed: 7).Permutation(1));
    }

    [Fact]
    public void AnEpochVisitsEachIndexOnce()
    {
        var sampler = new MiniBatchSampler(dataset, 10, seed: 5, dropLast: false);
        List<long> seen = [];

        foreach (MiniBatch batch in sampler.Epoch(0))
        {
            using (batch)
            {
                using Tensor index = tensor(batch.Indices.ToArray());
                using Tensor expected = dataset.Images.index_select(0, index);
                TensorAssert.Identical(expected, batch.Images);
                long[] labels = batch.Labels.data<long>().ToArray();
                Assert.Equal(batch.Indices.Select(i => i % 10), labels);
                seen.AddRange(batch.Indices);
            }
        }

        Assert.Equal(11, sampler.BatchesPerEpoch);
        Assert.Equal(Enumerable.Range(0, 103).Select(i => (long)i), seen.Order());
    }

    [Fact]
    public void LastPartialBatchIsDroppedByDefault()
    {
        var sampler = new MiniBatchSampler(dataset, 10, seed: 5);

        List<int> sizes = [.. sampler.Epoch(0).Select(b => { using (b) { return b.Count; } })];

        Assert.Equal(10, sampler.BatchesPerEpoch);
        Assert.Equal(Enumerable.Repeat(10, 10), sizes);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(104)]
    public void BatchSizeOutsideTheDatasetIsRejected(int batchSize)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => new MiniBatchSampler(dataset, batchSize, seed: 1));

        Assert.Contains("Expected a batch size from 1 to 103", error.Message);
        Assert.Contains($"found {batchSize}", error.Message);
    }

    [Fact]
    public void DisposingABatchFreesItsTensors()
    {
        MiniBatch batch = new MiniBatchSampler(dataset, 4, seed: 1).Epoch(0).First();

        batch.Dispose();
        batch.Dispose();

        Assert.True(batch.Images.IsInvalid);
        Assert.True(batch.Labels.IsInvalid);
        Assert.False(dataset.Images.IsInvalid);
    }

    private static ImageDataset MakeDataset(int count)
    {
        byte[] pixels = IdxTestFiles.Images(count)[16..];
        return ImageDataset.FromBytes(pixels, IdxTestFiles.CyclingLabels(count));
    }
}
