// @vitest-environment jsdom
/**
 * The sources of the levels behind the map, SMART progress and the sub-stage
 * guide (pages/nontes/SumberLevel.tsx; docs/nontes.md): where non-test
 * evidence exists the final level is used, and the note says for how many
 * people and from which sources; nothing is said when every level is the test's.
 */
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { CatatanSumberLevel } from "../src/pages/nontes/SumberLevel.tsx";
import { tampilkan } from "./support/dom.tsx";

describe("CatatanSumberLevel", () => {
  it("names the final level's people and each source with its count, in the sources' order", async () => {
    tampilkan(
      <CatatanSumberLevel
        s={{ akhir: 5, sumber: { wawancara: 1, observasi: 5, tes: 24, "rekam-jejak": 2 } }}
      />,
    );
    const catatan = await screen.findByTestId("sumber-level");
    expect(catatan.textContent).toBe(
      "Level akhir (tes dan bukti non-tes) dipakai untuk 5 orang yang memiliki bukti non-tes; selebihnya level tes. " +
        "Sumber level (jumlah orang): Tes 24 · Observasi/360 5 · Rekam jejak 2 · Wawancara 1.",
    );
  });

  it("says nothing when the levels are the test's alone (or the group is under k)", () => {
    tampilkan(<CatatanSumberLevel s={null} />);
    expect(screen.queryByTestId("sumber-level")).toBeNull();
  });
});
