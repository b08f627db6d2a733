import { TreeSelect } from "antd";
import type { CSSProperties } from "react";
import type { OrgUnit } from "../../domain/org/schema.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { kindLabel } from "../i18n/labels.ts";
import { useOrgUnits } from "./api.ts";
import { buildTree, type OrgNode } from "./tree.ts";

interface Props {
  value?: number;
  onChange?: (id: number | undefined) => void;
  /** Units that may be chosen; the others stay visible (greyed) so the tree keeps its shape. */
  selectable?: (unit: OrgUnit) => boolean;
  placeholder?: string;
  allowClear?: boolean;
  id?: string;
  style?: CSSProperties;
}

interface TreeOption {
  value: number;
  title: string;
  disabled: boolean;
  children?: TreeOption[];
}

/** Picks one unit of the caller's subtree, searchable by name or code. */
export function OrgUnitTreeSelect({ selectable = () => true, ...props }: Props) {
  const { locale } = useI18n();
  const units = useOrgUnits();
  const toOption = (node: OrgNode): TreeOption => ({
    value: node.id,
    title: `${node.name} · ${node.code} (${kindLabel(node.kind, locale)})`,
    disabled: !selectable(node),
    children: node.children?.map(toOption),
  });
  return (
    <TreeSelect<number>
      {...props}
      loading={units.isPending}
      treeData={buildTree(units.data ?? []).map(toOption)}
      treeDefaultExpandAll
      showSearch={{ treeNodeFilterProp: "title" }}
      popupMatchSelectWidth={false}
    />
  );
}
