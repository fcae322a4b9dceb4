export { PageLoading as default } from "@/components/store/page-loading";
