using GanNotebooks.Models;
using static TorchSharp.torch;

namespace GanNotebooks.Training;

/// <summary>
/// Reads a discriminator without training it: its scores D(x), and the gradient of the score
/// with respect to each pixel, the feedback a generator receives. Dropout is off while reading;
/// the network's weights and its training mode are left as they were.
/// </summary>
public static class DiscriminatorProbe
{
    /// <summary>The scores D(x) = sigmoid(logit) of a batch of images.</summary>
    /// <param name="discriminator">The discriminator.</param>
    /// <param name="images">Images [N, 1, 28, 28] in [-1, 1].</param>
    /// <returns>One score per image.</returns>
    public static double[] Scores(Discriminator discriminator, Tensor images)
    {
        ArgumentNullException.ThrowIfNull(discriminator);
        Discriminator.CheckImages(images, nameof(images));
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        return InEvalMode(discriminator, () => discriminator.call(images).sigmoid().flatten()
            .to_type(ScalarType.Float64).data<double>().ToArray());
    }

    /// <summary>
    /// dD(x)/dx: how much each pixel would raise the score D(x) if it grew, for each image on
    /// its own. No parameter of the discriminator receives a gradient.
    /// </summary>
    /// <param name="discriminator">The discriminator.</param>
    /// <param name="images">Images [N, 1, 28, 28] in [-1, 1].</param>
    /// <returns>The gradient [N, 1, 28, 28], owned by the caller.</returns>
    public static Tensor ScoreGradient(Discriminator discriminator, Tensor images)
    {
        ArgumentNullException.ThrowIfNull(discriminator);
        Discriminator.CheckImages(images, nameof(images));
        using var scope = NewDisposeScope();
        var x = images.detach().clone().requires_grad_(true);
        var gradient = InEvalMode(discriminator, () =>
        {
            // Each image's score depends on that image alone, so the gradient of the sum holds
            // every image's own gradient.
            var score = discriminator.call(x).sigmoid().sum();
            return autograd.grad([score], [x])[0];
        });
        return gradient.detach().MoveToOuterDisposeScope();
    }

    private static T InEvalMode<T>(Discriminator discriminator, Func<T> read)
    {
        bool wasTraining = discriminator.training;
        discriminator.eval();
        try
        {
            return read();
        }
        finally
        {
            if (wasTraining) discriminator.train();
        }
    }
}
