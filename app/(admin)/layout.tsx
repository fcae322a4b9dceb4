import { SiteHeader } from "@/components/layout/site-header";

// Pages check the role themselves (a layout is not re-run on every navigation); this only frames them.
export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader />
      {children}
    </>
  );
}
