import { Catalog } from "@/components/Catalog";

export default function CatalogPage() {
  return <Catalog />;
}
