// SPDX-License-Identifier: MIT
// Compares two renderings the way a person would: small differences of anti-aliasing, hinting or a font version
// (a glyph edge a pixel off) do not count, a box in the wrong place, a wrong colour or a missing word does.
#pragma once

#include <QColor>
#include <QImage>
#include <QString>

#include <cmath>

namespace ImageCompare {
struct Result
{
    double meanDeltaE = 0; // CIE76 colour difference, averaged over the pixels
    double changed = 0;    // the fraction of pixels that differ by more than the threshold
    QImage difference;     // white where equal, red where changed (to look at when a test fails)
    QString sizeMismatch;  // set when the images cannot be compared

    bool within(double maxMean, double maxChanged) const
    {
        return sizeMismatch.isEmpty() && meanDeltaE <= maxMean && changed <= maxChanged;
    }
    QString describe() const
    {
        if (!sizeMismatch.isEmpty())
            return sizeMismatch;
        return QStringLiteral("mean ΔE %1, %2 % of pixels changed")
            .arg(meanDeltaE, 0, 'f', 3)
            .arg(changed * 100, 0, 'f', 3);
    }
};

// sRGB → CIE L*a*b* (D65).
inline void toLab(QRgb rgb, double* l, double* a, double* b)
{
    auto linear = [](int c) {
        const double v = c / 255.0;
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    const double r = linear(qRed(rgb));
    const double g = linear(qGreen(rgb));
    const double bl = linear(qBlue(rgb));
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * bl;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883;
    auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
    *l = 116 * f(y) - 16;
    *a = 500 * (f(x) - f(y));
    *b = 200 * (f(y) - f(z));
}

// Both images are first halved with smooth filtering (sub-pixel differences of glyph edges average out), then
// compared pixel by pixel; `threshold` is the ΔE above which a pixel counts as changed (10: clearly visible).
inline Result compare(const QImage& actual, const QImage& expected, double threshold = 10)
{
    Result result;
    if (actual.size() != expected.size()) {
        result.sizeMismatch = QStringLiteral("sizes differ: %1×%2, expected %3×%4")
                                  .arg(actual.width())
                                  .arg(actual.height())
                                  .arg(expected.width())
                                  .arg(expected.height());
        return result;
    }
    const QSize half = actual.size() / 2;
    const QImage a =
        actual.convertToFormat(QImage::Format_RGB32).scaled(half, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QImage e =
        expected.convertToFormat(QImage::Format_RGB32).scaled(half, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    result.difference = QImage(half, QImage::Format_RGB32);
    result.difference.fill(Qt::white);
    double sum = 0;
    qint64 changed = 0;
    for (int y = 0; y < half.height(); ++y) {
        const QRgb* pa = reinterpret_cast<const QRgb*>(a.constScanLine(y));
        const QRgb* pe = reinterpret_cast<const QRgb*>(e.constScanLine(y));
        QRgb* pd = reinterpret_cast<QRgb*>(result.difference.scanLine(y));
        for (int x = 0; x < half.width(); ++x) {
            double l1, a1, b1, l2, a2, b2;
            toLab(pa[x], &l1, &a1, &b1);
            toLab(pe[x], &l2, &a2, &b2);
            const double d = std::sqrt((l1 - l2) * (l1 - l2) + (a1 - a2) * (a1 - a2) + (b1 - b2) * (b1 - b2));
            sum += d;
            if (d > threshold) {
                ++changed;
                pd[x] = qRgb(255, 0, 0);
            }
        }
    }
    const double pixels = double(half.width()) * half.height();
    result.meanDeltaE = pixels > 0 ? sum / pixels : 0;
    result.changed = pixels > 0 ? changed / pixels : 0;
    return result;
}
} // namespace ImageCompare
