using GanNotebooks.Data;

namespace GanNotebooks.Tests.Data;

/// <summary>Loads the shipped Fashion-MNIST once for all tests of a class.</summary>
public sealed class FashionMnistFixture : IDisposable
{
    public FashionMnistFixture()
    {
        Train = FashionMnist.Load(DatasetSplit.Train);
        Test = FashionMnist.Load(DatasetSplit.Test);
    }

    public ImageDataset Train { get; }

    public ImageDataset Test { get; }

    public void Dispose()
    {
        Train.Dispose();
        Test.Dispose();
    }
}
