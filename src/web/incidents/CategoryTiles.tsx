import { Button, Col, Row, theme } from "antd";
import type { CategoryCode } from "../../domain/incidents/categories.ts";
import type { Catalogue } from "./api.ts";
import { CATEGORY_ICONS } from "./labels.tsx";

/** One big tile per category: two to a row on a phone, three on a wider screen, each an easy thumb target. */
export function CategoryTiles({
  categories,
  onPick,
}: {
  categories: Catalogue["categories"];
  onPick: (code: CategoryCode) => void;
}) {
  const { token } = theme.useToken();
  return (
    <Row gutter={[10, 10]}>
      {categories.map((c) => (
        <Col key={c.code} xs={12} sm={8}>
          <Button
            block
            onClick={() => onPick(c.code)}
            style={{
              height: 118,
              whiteSpace: "normal",
              flexDirection: "column",
              gap: 8,
              padding: "10px 8px",
              borderWidth: 1.5,
              boxShadow: token.boxShadowTertiary,
            }}
          >
            <span style={{ fontSize: 34, color: token.colorError, lineHeight: 1 }}>
              {CATEGORY_ICONS[c.code]}
            </span>
            <span style={{ fontSize: 15, fontWeight: 600, lineHeight: 1.3 }}>{c.label}</span>
          </Button>
        </Col>
      ))}
    </Row>
  );
}
