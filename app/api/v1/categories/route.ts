import { listCategories } from "@/lib/api/catalog";
import { operations } from "@/lib/api/operations";
import { apiGet } from "@/lib/api/route";

export const GET = apiGet(operations.categories, () => listCategories());
