// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

// The demo company's vocabulary, kept apart from the generator's logic: name pools per locale, titles per
// department and level. Names are "display" or "display|ascii" where ASCII folding cannot romanise (CJK, Cyrillic).

struct DemoLocaleSpec
{
    const char* tag;
    int weight;
    std::vector<const char*> firstNames;
    std::vector<const char*> lastNames;
    std::vector<const char*> phoneFormats; // '#' is a random digit
    std::vector<const char*> otherLanguages;
};

struct DemoDepartmentSpec
{
    const char* name;
    int weight;       // per mille of the workforce below the CEO
    bool revenueTeam; // sales-facing teams record calls and import e-mail far more often
    const char* head;
    std::vector<const char*> ics; // repeated entries weight the mix
    std::vector<const char*> managers;
    std::vector<const char*> directors;
    std::vector<const char*> seniorDirectors;
    std::vector<const char*> vicePresidents; // only very large organisations have layers above senior directors
};

const std::vector<DemoLocaleSpec>& demoLocaleSpecs();
// Sorted by weight, so that small companies keep the biggest departments.
const std::vector<DemoDepartmentSpec>& demoDepartmentSpecs();
const std::vector<const char*>& demoCompanySlugs();
