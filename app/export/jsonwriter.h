// SPDX-License-Identifier: MIT
#pragma once

#include "exportwriter.h"

// A JSON array of the users exactly as the API sent them (User::toJson(): unknown fields, nulls
// and odd-typed values included), UTF-8, indented or compact. Columns are not read: the point of
// this format is full fidelity. Streams one user at a time, so progress and cancel work.
class JsonWriter : public ExportWriter
{
public:
    JsonWriter() = default;

    void setPretty(bool on) { m_pretty = on; }

protected:
    void writeBegin(const Directory& directory, qint64 rowCount) override;
    void writeRow(const Directory& directory, int row, qint64 index) override;
    void writeEnd(const Directory& directory) override;

private:
    bool m_pretty = true;
    bool m_empty = true;
};
