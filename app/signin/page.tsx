import { redirect } from "next/navigation";
import { currentUser } from "@/lib/session";
import { SignInForm } from "./sign-in-form";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (await currentUser()) redirect("/");
  const { next } = await searchParams;
  return (
    <main className="mx-auto mt-24 max-w-sm rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="text-xl font-semibold">Sign in to Workday Connect</h1>
      <p className="mb-6 text-sm text-slate-600">Ten Thousand Coffees</p>
      <SignInForm next={next} />
    </main>
  );
}
