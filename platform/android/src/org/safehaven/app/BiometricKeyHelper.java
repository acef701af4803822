// Biometric-bound secret for Safe Haven on Android (API 30+). Called from
// platform/android/androidbiometricgate_android.cpp; answers through nativePromptResult.
//
// createSecret: new AES-256-GCM Keystore key (user authentication on every use, BIOMETRIC_STRONG,
//   invalidated by new enrolments), a prompt to unlock an ENCRYPT cipher, 32 random bytes
//   encrypted and stored (IV + ciphertext) in the app's no-backup files; the plaintext secret
//   goes back to C++ once.
// releaseSecret: a prompt bound to a DECRYPT cipher (CryptoObject); the secret goes back to C++.
// Not built on the Linux reference machine; written against the documented platform APIs.
package org.safehaven.app;

import android.content.Context;
import android.hardware.biometrics.BiometricManager;
import android.hardware.biometrics.BiometricPrompt;
import android.os.CancellationSignal;
import android.security.keystore.KeyGenParameterSpec;
import android.security.keystore.KeyPermanentlyInvalidatedException;
import android.security.keystore.KeyProperties;

import java.io.File;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

public final class BiometricKeyHelper {
    static final int RESULT_OK = 0;
    static final int RESULT_CANCELLED = 1;
    static final int RESULT_INVALIDATED = 2;
    static final int RESULT_ERROR = 3;
    private static final String KEYSTORE = "AndroidKeyStore";
    private static final int IV_BYTES = 12;

    private BiometricKeyHelper() {}

    static native void nativePromptResult(int status, byte[] secret);

    public static int availability(Context context) {
        BiometricManager manager = context.getSystemService(BiometricManager.class);
        return manager.canAuthenticate(BiometricManager.Authenticators.BIOMETRIC_STRONG);
    }

    public static void createSecret(Context context, String name, String prompt) {
        try {
            KeyGenerator generator =
                    KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, KEYSTORE);
            generator.init(new KeyGenParameterSpec.Builder(alias(name),
                    KeyProperties.PURPOSE_ENCRYPT | KeyProperties.PURPOSE_DECRYPT)
                    .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
                    .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
                    .setKeySize(256)
                    .setUserAuthenticationRequired(true)
                    .setUserAuthenticationParameters(0, KeyProperties.AUTH_BIOMETRIC_STRONG)
                    .setInvalidatedByBiometricEnrollment(true)
                    .build());
            SecretKey key = generator.generateKey();
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key);
            authenticate(context, prompt, cipher, unlocked -> {
                byte[] secret = new byte[32];
                new SecureRandom().nextBytes(secret);
                byte[] sealed = unlocked.doFinal(secret);
                byte[] record = new byte[IV_BYTES + sealed.length];
                System.arraycopy(unlocked.getIV(), 0, record, 0, IV_BYTES);
                System.arraycopy(sealed, 0, record, IV_BYTES, sealed.length);
                Files.write(file(context, name).toPath(), record);
                return secret;
            });
        } catch (Exception e) {
            nativePromptResult(RESULT_ERROR, null);
        }
    }

    public static void releaseSecret(Context context, String name, String prompt) {
        try {
            byte[] record = Files.readAllBytes(file(context, name).toPath());
            KeyStore keyStore = KeyStore.getInstance(KEYSTORE);
            keyStore.load(null);
            SecretKey key = (SecretKey) keyStore.getKey(alias(name), null);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key,
                    new GCMParameterSpec(128, Arrays.copyOfRange(record, 0, IV_BYTES)));
            authenticate(context, prompt, cipher,
                    unlocked -> unlocked.doFinal(record, IV_BYTES, record.length - IV_BYTES));
        } catch (KeyPermanentlyInvalidatedException e) {
            nativePromptResult(RESULT_INVALIDATED, null);
        } catch (Exception e) {
            nativePromptResult(RESULT_ERROR, null);
        }
    }

    public static void destroySecret(Context context, String name) {
        try {
            KeyStore keyStore = KeyStore.getInstance(KEYSTORE);
            keyStore.load(null);
            keyStore.deleteEntry(alias(name));
        } catch (Exception ignored) {
            // Nothing to delete is fine; the sealed file goes below either way.
        }
        file(context, name).delete();
    }

    private interface CipherWork {
        byte[] run(Cipher unlocked) throws Exception;
    }

    private static void authenticate(Context context, String prompt, Cipher cipher,
                                     CipherWork work) {
        BiometricPrompt biometricPrompt = new BiometricPrompt.Builder(context)
                .setTitle(prompt)
                .setAllowedAuthenticators(BiometricManager.Authenticators.BIOMETRIC_STRONG)
                .setNegativeButton("Use PIN", context.getMainExecutor(),
                        (dialog, which) -> nativePromptResult(RESULT_CANCELLED, null))
                .build();
        biometricPrompt.authenticate(new BiometricPrompt.CryptoObject(cipher),
                new CancellationSignal(), context.getMainExecutor(),
                new BiometricPrompt.AuthenticationCallback() {
                    @Override
                    public void onAuthenticationSucceeded(BiometricPrompt.AuthenticationResult r) {
                        try {
                            byte[] secret = work.run(r.getCryptoObject().getCipher());
                            nativePromptResult(RESULT_OK, secret);
                            Arrays.fill(secret, (byte) 0);
                        } catch (Exception e) {
                            nativePromptResult(RESULT_ERROR, null);
                        }
                    }

                    @Override
                    public void onAuthenticationError(int code, CharSequence message) {
                        nativePromptResult(RESULT_CANCELLED, null);
                    }
                });
    }

    private static String alias(String name) {
        return "safehaven-biometric-" + Integer.toHexString(name.hashCode());
    }

    private static File file(Context context, String name) {
        return new File(context.getNoBackupFilesDir(), alias(name) + ".sealed");
    }
}
