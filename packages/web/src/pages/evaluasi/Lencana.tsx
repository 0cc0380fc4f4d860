import { Badge, type BadgeProps } from "@mantine/core";
import type { ReactNode } from "react";

/**
 * A status badge whose text is dark enough on its light tint (WCAG AA
 * contrast) and always whole: Mantine's badge clips its label, so a table
 * column sized by its header cut "DIFINALISASI" to "DIFINALIS…" (and to
 * "DI…" on a phone); here the label sets the badge's width.
 */
export function Lencana({ color = "blue", children, ...rest }: BadgeProps & { children: ReactNode }) {
  return (
    <Badge
      color={color}
      c="dark.8"
      {...rest}
      variant="light"
      styles={{ root: { overflow: "visible", flexShrink: 0 }, label: { overflow: "visible" } }}
    >
      {children}
    </Badge>
  );
}
