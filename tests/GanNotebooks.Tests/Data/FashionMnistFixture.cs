using System.Diagnostics;
using GanNotebooks.Data;

namespace GanNotebooks.Tests.Data;

/// <summary>Loads the shipped Fashion-MNIST once for all tests of a class, and times it.</summary>
public sealed class FashionMnistFixture : IDisposable
{
    public FashionMnistFixture()
    {
        var clock = Stopwatch.StartNew();
        Train = FashionMnist.Load(DatasetSplit.Train);
        Test = FashionMnist.Load(DatasetSplit.Test);
        LoadTime = clock.Elapsed;
    }

    public ImageDataset Train { get; }

    public ImageDataset Test { get; }

    /// <summary>Checksums, decompression and conversion to tensors of all 70,000 images.</summary>
    public TimeSpan LoadTime { get; }

    public void Dispose()
    {
        Train.Dispose();
        Test.Dispose();
    }
}
