// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

class QRandomGenerator;

// The demo company's reporting lines: one CEO, department heads, layers of managers and teams of individual
// contributors with realistic, uneven spans. Structure only; DemoOrgGenerator turns it into users.
class DemoOrgChart
{
public:
    enum TitleLevel : signed char
    {
        CeoTitle = -3,
        AssistantTitle = -2, // reports to the CEO
        HeadTitle = -1,      // the department head (a VP, or General Counsel)
        IcTitle = 0,         // individual contributor; 1: manager, 2: director, 3: senior director, 4: VP
        TopTitleLevel = 4,
    };
    struct Member
    {
        int manager = -1;    // index into members(), -1 for the CEO
        int department = -1; // index into demoDepartmentSpecs(), -1 for the CEO's office
        int reportCount = 0;
        signed char titleLevel = IcTitle;
        int titleIndex = 0; // into the department's title list for titleLevel >= 0
    };

    // Draws from `rng` in a fixed order, so the same generator state always gives the same chart.
    DemoOrgChart(int userCount, QRandomGenerator& rng);

    const std::vector<Member>& members() const { return m_members; }

private:
    int addMember(int manager, int department, signed char titleLevel, int titleIndex = 0);
    int pickTitle(int department, int level);
    void buildDepartment(int department, int size);
    std::vector<int> distribute(int children, int parents);

    QRandomGenerator& m_rng;
    std::vector<Member> m_members;
};
