// SPDX-License-Identifier: MIT
#include "demoorgchart.h"

#include "demoorgtables.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

// Sizes of the layers below a department head, bottom-up (ICs first), for `ics` individual contributors: teams of
// about 7, then about 5 managers per director, until the top layer is small enough to report to the head.
static int layerTotal(int ics, std::vector<int>* layers)
{
    int total = ics;
    int current = ics;
    int span = 7;
    if (layers)
        layers->assign(1, ics);
    while (current > 8) {
        current = (current + span - 1) / span;
        span = 5;
        total += current;
        if (layers)
            layers->push_back(current);
    }
    return total;
}

static const std::vector<const char*>& titlePool(const DemoDepartmentSpec& spec, int level)
{
    switch (std::min(level, int(DemoOrgChart::TopTitleLevel))) {
    case 0:
        return spec.ics;
    case 1:
        return spec.managers;
    case 2:
        return spec.directors;
    case 3:
        return spec.seniorDirectors;
    default:
        return spec.vicePresidents;
    }
}

DemoOrgChart::DemoOrgChart(int userCount, QRandomGenerator& rng)
    : m_rng(rng)
{
    if (userCount <= 0)
        return;
    m_members.reserve(userCount);
    addMember(-1, -1, CeoTitle);
    int remaining = userCount - 1;
    if (userCount >= 60) {
        addMember(0, -1, AssistantTitle);
        --remaining;
    }
    const std::vector<DemoDepartmentSpec>& departments = demoDepartmentSpecs();
    const int departmentCount = std::min(int(departments.size()), remaining);
    if (departmentCount <= 0)
        return;

    // Largest-remainder split of the workforce, every department at least its head.
    int weightTotal = 0;
    for (int d = 0; d < departmentCount; ++d)
        weightTotal += departments[d].weight;
    std::vector<int> sizes(departmentCount);
    std::vector<std::pair<double, int>> fractions;
    int assigned = 0;
    for (int d = 0; d < departmentCount; ++d) {
        const double quota = double(remaining) * departments[d].weight / weightTotal;
        sizes[d] = std::max(1, int(quota));
        assigned += sizes[d];
        fractions.emplace_back(quota - std::floor(quota), d);
    }
    std::stable_sort(fractions.begin(), fractions.end(), [](auto a, auto b) { return a.first > b.first; });
    for (size_t i = 0; assigned < remaining; i = (i + 1) % fractions.size(), ++assigned)
        ++sizes[fractions[i].second];
    while (assigned > remaining) {
        --*std::max_element(sizes.begin(), sizes.end());
        --assigned;
    }
    for (int d = 0; d < departmentCount; ++d)
        buildDepartment(d, sizes[d]);
}

int DemoOrgChart::addMember(int manager, int department, signed char titleLevel, int titleIndex)
{
    m_members.push_back({manager, department, 0, titleLevel, titleIndex});
    if (manager >= 0)
        ++m_members[manager].reportCount;
    return int(m_members.size()) - 1;
}

int DemoOrgChart::pickTitle(int department, int level)
{
    return m_rng.bounded(int(titlePool(demoDepartmentSpecs()[department], level).size()));
}

void DemoOrgChart::buildDepartment(int department, int size)
{
    const int head = addMember(0, department, HeadTitle);
    const int people = size - 1;
    if (people <= 0)
        return;

    std::vector<int> layers{people};
    if (people > 10) {
        int low = 1;
        int high = people;
        while (low < high) { // the largest IC count whose hierarchy fits
            const int mid = low + (high - low + 1) / 2;
            if (layerTotal(mid, nullptr) <= people)
                low = mid;
            else
                high = mid - 1;
        }
        layerTotal(low, &layers);
    }

    std::vector<int> parents{head};
    for (int level = int(layers.size()) - 1; level >= 0; --level) {
        const auto titleLevel = static_cast<signed char>(std::min(level, int(TopTitleLevel)));
        const std::vector<int> spans = distribute(layers[level], int(parents.size()));
        std::vector<int> created;
        created.reserve(layers[level]);
        for (size_t p = 0; p < parents.size(); ++p) {
            for (int k = 0; k < spans[p]; ++k)
                created.push_back(addMember(parents[p], department, titleLevel, pickTitle(department, level)));
        }
        parents.swap(created);
    }
    // The few people the layer arithmetic could not place: senior ICs reporting to the head.
    int placed = 0;
    for (const int layer : layers)
        placed += layer;
    for (int i = placed; i < people; ++i)
        addMember(head, department, IcTitle, pickTitle(department, IcTitle));
}

// Splits `children` among `parents` with uneven spans around the average (4-10 for teams of 7).
std::vector<int> DemoOrgChart::distribute(int children, int parents)
{
    std::vector<int> spans(parents, children);
    if (parents == 1)
        return spans;
    const int average = children / parents;
    const int low = std::max(1, average - 3);
    const int high = average + 3;
    int sum = 0;
    for (int& span : spans) {
        span = m_rng.bounded(low, high + 1);
        sum += span;
    }
    while (sum < children) {
        ++spans[m_rng.bounded(parents)];
        ++sum;
    }
    while (sum > children) {
        int& span = spans[m_rng.bounded(parents)];
        if (span > 1) {
            --span;
            --sum;
        }
    }
    return spans;
}
