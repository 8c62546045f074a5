namespace GanNotebooks.Data;

/// <summary>Which half of an MNIST-style data set to load.</summary>
public enum DatasetSplit
{
    /// <summary>The training split (<c>train-*</c>; 60,000 images in Fashion-MNIST).</summary>
    Train,

    /// <summary>The test split (<c>t10k-*</c> files; 10,000 images in Fashion-MNIST).</summary>
    Test,
}
