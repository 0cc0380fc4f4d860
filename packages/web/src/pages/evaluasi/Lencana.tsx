import { Badge, type BadgeProps } from "@mantine/core";
import type { ReactNode } from "react";

/** A status badge whose text is dark enough on its light tint (WCAG AA contrast). */
export function Lencana({ color = "blue", children, ...rest }: BadgeProps & { children: ReactNode }) {
  return (
    <Badge color={color} c="dark.8" {...rest} variant="light">
      {children}
    </Badge>
  );
}
